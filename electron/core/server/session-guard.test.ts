import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { checkSite, createSessionKeys, hasSession, sameSecret, SESSION_COOKIE, sessionCookie } from './session-guard'

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage
const HOST = '127.0.0.1:4780'

describe('checkSite', () => {
  it('answers its own address, with or without an Origin of its own', () => {
    expect(checkSite(request({ host: HOST }), HOST)).toEqual({ ok: true })
    expect(checkSite(request({ host: HOST, origin: `http://${HOST}`, 'sec-fetch-site': 'same-origin' }), HOST)).toEqual({ ok: true })
  })

  it.each([
    [{ host: 'evil.example' }],
    [{ host: 'localhost:4780' }],
    [{ host: HOST, origin: 'http://evil.example' }],
    [{ host: HOST, origin: 'null' }],
    [{ host: HOST, 'sec-fetch-site': 'cross-site' }],
  ])('refuses %j with 403', (headers) => {
    expect(checkSite(request(headers), HOST)).toMatchObject({ ok: false, status: 403 })
  })
})

describe('the session', () => {
  const keys = createSessionKeys()

  it('has a token and a cookie value that differ and are long', () => {
    expect(keys.token).not.toBe(keys.session)
    expect(keys.token.length).toBeGreaterThanOrEqual(43)
  })

  it('accepts its own cookie only', () => {
    expect(hasSession(request({ cookie: `other=1; ${SESSION_COOKIE}=${keys.session}` }), keys)).toEqual({ ok: true })
    expect(hasSession(request({ cookie: `${SESSION_COOKIE}=${keys.token}` }), keys)).toMatchObject({ ok: false, status: 401 })
    expect(hasSession(request({}), keys)).toMatchObject({ ok: false, status: 401 })
  })

  it('sets the cookie HttpOnly and SameSite=Strict', () => {
    expect(sessionCookie(keys)).toBe(`${SESSION_COOKIE}=${keys.session}; HttpOnly; SameSite=Strict; Path=/`)
  })

  it('compares secrets of any length without throwing', () => {
    expect(sameSecret('short', keys.token)).toBe(false)
    expect(sameSecret(undefined, keys.token)).toBe(false)
    expect(sameSecret(keys.token, keys.token)).toBe(true)
  })
})
