import { describe, expect, it } from 'vitest'
import { createApiClient, type Transport } from './api-client'

function transport(invoke: Transport['invoke']): Transport {
  return { invoke, on: () => () => {} }
}

describe('api client', () => {
  it('passes a reply through untouched', async () => {
    const client = createApiClient(transport(async () => ({ ok: false, error: { code: 'IMAGE_NOT_FOUND', message: 'gone' } })))
    expect(await client.call('images.get', { reference: 'x' })).toEqual({ ok: false, error: { code: 'IMAGE_NOT_FOUND', message: 'gone' } })
  })

  it('turns a bridge that throws into an INTERNAL reply with its message', async () => {
    const client = createApiClient(transport(async () => Promise.reject(new Error('binding crashed'))))
    expect(await client.call('images.list', {})).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'binding crashed' } })
  })

  it('keeps the code of a thrown error payload', async () => {
    const client = createApiClient(transport(async () => Promise.reject({ code: 'DOCKER_UNREACHABLE', message: 'down' })))
    expect(await client.call('images.list', {})).toMatchObject({ ok: false, error: { code: 'DOCKER_UNREACHABLE' } })
  })

  it('refuses an answer that is not an envelope', async () => {
    const client = createApiClient(transport(async () => ({ images: [] }) as never))
    expect(await client.call('images.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})
