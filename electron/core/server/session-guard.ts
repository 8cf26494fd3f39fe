import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The cookie that carries the session once the printed address has been opened. */
export const SESSION_COOKIE = 'baseline_session'

/**
 * Two secrets per server run: the token printed once in the address, and the session value the
 * browser keeps in an HttpOnly cookie after trading the token for it. They differ, so the token
 * never travels again after the first request and a cookie seen somewhere is not a printable link.
 */
export interface SessionKeys {
  token: string
  session: string
}

export function createSessionKeys(): SessionKeys {
  return { token: randomBytes(32).toString('base64url'), session: randomBytes(32).toString('base64url') }
}

export type Verdict = { ok: true } | { ok: false; status: 401 | 403; reason: string }

const ALLOW: Verdict = { ok: true }

/**
 * The request must be addressed to this server by the name it was bound to (a page on another
 * site that rebinds its DNS name to 127.0.0.1 sends its own name in Host), and, when the browser
 * says where it comes from, come from this server's own pages.
 */
export function checkSite(request: IncomingMessage, hostPort: string): Verdict {
  const host = request.headers.host
  if (host !== hostPort) return { ok: false, status: 403, reason: `this server answers to ${hostPort} only` }
  const origin = request.headers.origin
  if (origin !== undefined && origin !== `http://${hostPort}`) {
    return { ok: false, status: 403, reason: 'requests from other origins are refused' }
  }
  // Chromium and Firefox say so on every request; 'none' is an address typed or opened by hand.
  const site = request.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return { ok: false, status: 403, reason: 'requests from other sites are refused' }
  }
  return ALLOW
}

/** Constant-time comparison: how much of a guess matched must not show in how long it took. */
export function sameSecret(candidate: string | undefined, secret: string): boolean {
  if (candidate === undefined) return false
  const given = Buffer.from(candidate)
  const expected = Buffer.from(secret)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** The session cookie's value from the Cookie header, if any (Node caps headers at 16 KiB). */
function cookieValue(request: IncomingMessage): string | undefined {
  const header = request.headers.cookie
  if (header === undefined) return undefined
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === SESSION_COOKIE) return value.join('=')
  }
  return undefined
}

export function hasSession(request: IncomingMessage, keys: SessionKeys): Verdict {
  if (sameSecret(cookieValue(request), keys.session)) return ALLOW
  return { ok: false, status: 401, reason: 'no session: open the address `baseline ui` printed, which carries the secret' }
}

/**
 * HttpOnly: page scripts never see it. SameSite=Strict: no other site's page can make the browser
 * send it. No Max-Age: it ends with the browser session, and the server forgets it when it stops.
 */
export function sessionCookie(keys: SessionKeys): string {
  return `${SESSION_COOKIE}=${keys.session}; HttpOnly; SameSite=Strict; Path=/`
}
