import { describe, expect, it } from 'vitest'
import type { EngineStatus, ImageList } from '../../../shared/model'
import type { ApiEvents, EventName, MethodName, Reply } from '../../../shared/contract'
import type { ApiClient } from './api-client'
import { createQueryStore } from './query-store'

/** A client whose answers the test releases by hand, and whose events the test fires. */
function fakeClient() {
  const calls: { method: MethodName; request: unknown; resolve: (reply: Reply<unknown>) => void }[] = []
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  const client: ApiClient = {
    isBrowserMode: false,
    call(method, request) {
      return new Promise((resolve) => calls.push({ method, request, resolve: resolve as never }))
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as never)
      listeners.set(event, set)
      return () => set.delete(listener as never)
    },
  }
  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => {
    for (const listener of listeners.get(event) ?? []) listener(payload as never)
  }
  return { client, calls, emit }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0))
const list = (count: number): ImageList => ({ images: [], totalSizeBytes: count, diskUsageBytes: null })

describe('query store', () => {
  it('fetches when first shown and hands the answer to the screen', async () => {
    const { client, calls } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('images.list', {}, () => {})
    expect(store.getState('images.list', {}).status).toBe('loading')
    calls[0]?.resolve({ ok: true, value: list(1) })
    await flush()
    expect(store.getState('images.list', {})).toMatchObject({ status: 'success', data: list(1) })
  })

  it('keeps the error code and message of a failed call', async () => {
    const { client, calls } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('images.get', { reference: 'gone' }, () => {})
    calls[0]?.resolve({ ok: false, error: { code: 'IMAGE_NOT_FOUND', message: 'no such image: gone' } })
    await flush()
    expect(store.getState('images.get', { reference: 'gone' })).toMatchObject({
      status: 'error',
      error: { code: 'IMAGE_NOT_FOUND', message: 'no such image: gone' },
    })
  })

  it('refetches image answers when images change, keeping the old list meanwhile', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('images.list', {}, () => {})
    calls[0]?.resolve({ ok: true, value: list(1) })
    await flush()
    emit('images.changed', { action: 'tag', imageId: 'sha256:a' })
    expect(calls).toHaveLength(2)
    expect(store.getState('images.list', {})).toMatchObject({ data: list(1), isFetching: true })
    calls[1]?.resolve({ ok: true, value: list(2) })
    await flush()
    expect(store.getState('images.list', {}).data).toEqual(list(2))
  })

  it('collapses a burst of events into one more fetch after the running one', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('images.list', {}, () => {})
    for (let i = 0; i < 5; i += 1) emit('images.changed', { action: 'delete', imageId: null })
    expect(calls).toHaveLength(1)
    calls[0]?.resolve({ ok: true, value: list(1) })
    await flush()
    expect(calls).toHaveLength(2)
  })

  it('does not refetch engine status on an engine event: the event carries it', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('engine.status', {}, () => {})
    store.subscribe('images.list', {}, () => {})
    const status: EngineStatus = { state: 'unreachable', attempts: [], checkedAt: '2024-01-01T00:00:00Z', hint: 'start it' }
    emit('engine.changed', status)
    expect(store.getState('engine.status', {}).data).toEqual(status)
    // images.list is still running its first fetch, so it queues one more; engine.status asks nothing.
    calls[1]?.resolve({ ok: true, value: list(1) })
    await flush()
    expect(calls.map((call) => call.method)).toEqual(['engine.status', 'images.list', 'images.list'])
    calls[0]?.resolve({ ok: true, value: { ...status, hint: 'older answer' } })
    await flush()
    expect(store.getState('engine.status', {}).data).toEqual(status)
  })

  it('forgets unwatched answers on invalidation instead of fetching them', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    const stop = store.subscribe('images.get', { reference: 'a' }, () => {})
    calls[0]?.resolve({ ok: true, value: {} })
    await flush()
    stop()
    emit('images.changed', { action: 'untag', imageId: 'sha256:a' })
    expect(calls).toHaveLength(1)
    expect(store.getState('images.get', { reference: 'a' }).status).toBe('loading')
  })

  it('retries a failed answer when it is shown again', async () => {
    const { client, calls } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    const stop = store.subscribe('images.list', {}, () => {})
    calls[0]?.resolve({ ok: false, error: { code: 'DOCKER_UNREACHABLE', message: 'down' } })
    await flush()
    stop()
    store.subscribe('images.list', {}, () => {})
    expect(calls).toHaveLength(2)
  })

  it('adds a notice pushed by the core to the notices shown, once', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('app.notices', {}, () => {})
    calls[0]?.resolve({ ok: true, value: { notices: [] } })
    await flush()
    const notice = { level: 'warning' as const, message: 'The analysis cache was rebuilt.', at: '2024-01-01T00:00:00Z' }
    emit('app.notice', notice)
    emit('app.notice', notice)
    expect(store.getState('app.notices', {}).data).toEqual({ notices: [notice] })
    expect(calls).toHaveLength(1)
  })

  it('asks for the notices again when one arrives while the first answer is on its way', async () => {
    const { client, calls, emit } = fakeClient()
    const store = createQueryStore(client)
    store.connect()
    store.subscribe('app.notices', {}, () => {})
    emit('app.notice', { level: 'info', message: 'Cache in memory.', at: '2024-01-01T00:00:00Z' })
    calls[0]?.resolve({ ok: true, value: { notices: [] } })
    await flush()
    expect(calls.map((call) => call.method)).toEqual(['app.notices', 'app.notices'])
  })
})
