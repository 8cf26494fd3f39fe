import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import type { ApiHandlers } from '../../../shared/contract'
import { createDispatcher } from './dispatch'

// Handlers that answer or fail on purpose: the dispatcher's job is the envelope, not the work.
function handlers(overrides: Partial<ApiHandlers>): ApiHandlers {
  const unexpected = async () => {
    throw new Error('not under test')
  }
  return new Proxy(overrides, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? unexpected }) as ApiHandlers
}

describe('createDispatcher', () => {
  it('answers in an ok envelope', async () => {
    const dispatch = createDispatcher(handlers({ 'settings.get': async () => ({ engineEndpoint: null, lastReportFolder: null }) }))
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: { engineEndpoint: null, lastReportFolder: null } })
  })

  it('refuses an unknown method without calling anything', async () => {
    const reply = await createDispatcher(handlers({}))('fs.readFile', { path: '/etc/passwd' })
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
  })

  it('refuses a malformed request before the service sees it', async () => {
    let called = false
    const dispatch = createDispatcher(handlers({ 'images.get': async () => { called = true; throw new Error('no') } }))
    expect(await dispatch('images.get', { reference: 7 })).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(called).toBe(false)
  })

  it('keeps the code of an ApiError and hides the stack of anything else', async () => {
    const logged: unknown[] = []
    const dispatch = createDispatcher(handlers({
      'images.get': async ({ reference }) => { throw new ApiError('IMAGE_NOT_FOUND', `No such image: ${reference}`) },
      'images.list': async () => { throw new TypeError('boom') },
    }), (error) => logged.push(error))
    expect(await dispatch('images.get', { reference: 'x' })).toEqual({ ok: false, error: { code: 'IMAGE_NOT_FOUND', message: 'No such image: x' } })
    const internal = await dispatch('images.list', {})
    expect(internal).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'boom' } })
    expect(logged).toHaveLength(1)
  })
})
