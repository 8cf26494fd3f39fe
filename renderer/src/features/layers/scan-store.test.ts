import { describe, expect, it } from 'vitest'
import type { ApiEvents, EventName, MethodName, Reply } from '../../../../shared/contract'
import type { ApiClient } from '../../api/api-client'
import { createScanStore } from './scan-store'

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

function started() {
  const fake = fakeClient()
  const read: string[] = []
  const store = createScanStore(fake.client, async (target) => {
    read.push(target.reference)
  })
  store.connect()
  return { ...fake, store, read }
}

describe('scan store', () => {
  it('follows a scan from start through progress to its result', async () => {
    const { store, calls, emit, read } = started()
    void store.start({ reference: 'app:1.0' })
    expect(store.getState({ reference: 'app:1.0' }).status).toBe('starting')
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-1' } })
    await flush()
    emit('operation.progress', { operationId: 'op-1', phase: 'reading layers', done: 10, total: 100 })
    expect(store.getState({ reference: 'app:1.0' })).toMatchObject({ status: 'running', progress: { done: 10, total: 100 } })
    emit('operation.finished', { operationId: 'op-1', outcome: 'succeeded', error: null })
    await flush()
    expect(read).toEqual(['app:1.0'])
    expect(store.getState({ reference: 'app:1.0' }).status).toBe('idle')
  })

  it('ignores progress of operations it did not start', async () => {
    const { store, calls, emit } = started()
    void store.start({ reference: 'app:1.0' })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-1' } })
    await flush()
    emit('operation.progress', { operationId: 'someone-else', phase: 'reading layers', done: 99, total: 100 })
    expect(store.getState({ reference: 'app:1.0' })).toMatchObject({ status: 'running', progress: null })
  })

  it('catches a cached scan that finishes before its operation ID comes back', async () => {
    const { store, calls, emit, read } = started()
    void store.start({ reference: 'app:1.0' })
    emit('operation.finished', { operationId: 'op-1', outcome: 'succeeded', error: null })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-1' } })
    await flush()
    expect(read).toEqual(['app:1.0'])
    expect(store.getState({ reference: 'app:1.0' }).status).toBe('idle')
  })

  it('shows the progress that arrived before its operation ID did (the event stream beat the answer)', async () => {
    const { store, calls, emit } = started()
    void store.start({ reference: 'big' })
    emit('operation.progress', { operationId: 'op-3', phase: 'preparing export', done: 0, total: null })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-3' } })
    await flush()
    expect(store.getState({ reference: 'big' })).toMatchObject({ status: 'running', progress: { phase: 'preparing export' } })
  })

  it('asks the core to cancel, and shows cancelled once the operation says so', async () => {
    const { store, calls, emit } = started()
    void store.start({ reference: 'big' })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-2' } })
    await flush()
    void store.cancel({ reference: 'big' })
    expect(store.getState({ reference: 'big' })).toMatchObject({ status: 'running', isCancelling: true })
    expect(calls[1]).toMatchObject({ method: 'operations.cancel', request: { operationId: 'op-2' } })
    calls[1]?.resolve({ ok: true, value: { cancelled: true } })
    emit('operation.finished', { operationId: 'op-2', outcome: 'cancelled', error: null })
    await flush()
    expect(store.getState({ reference: 'big' }).status).toBe('cancelled')
  })

  it('keeps the failure message, and a known error code', async () => {
    const { store, calls, emit } = started()
    void store.start({ reference: 'app:1.0' })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-3' } })
    await flush()
    emit('operation.finished', { operationId: 'op-3', outcome: 'failed', error: { code: 'ZSTD', message: 'zstd layers are not supported' } })
    await flush()
    expect(store.getState({ reference: 'app:1.0' })).toEqual({ status: 'failed', error: { code: 'INTERNAL', message: 'zstd layers are not supported' } })
  })

  it('fails at once when the scan cannot start, and a retry starts again', async () => {
    const { store, calls } = started()
    void store.start({ reference: 'gone' })
    calls[0]?.resolve({ ok: false, error: { code: 'IMAGE_NOT_FOUND', message: 'no such image: gone' } })
    await flush()
    expect(store.getState({ reference: 'gone' })).toMatchObject({ status: 'failed', error: { code: 'IMAGE_NOT_FOUND' } })
    void store.start({ reference: 'gone' })
    expect(calls).toHaveLength(2)
  })

  it('starts one scan per image however often Scan is pressed', async () => {
    const { store, calls } = started()
    void store.start({ reference: 'app:1.0' })
    void store.start({ reference: 'app:1.0' })
    expect(calls).toHaveLength(1)
  })

  it('keeps two platforms of one image as two scans, each asking for its own platform', async () => {
    const { store, calls } = started()
    void store.start({ reference: 'multi:1', platform: 'linux/arm64/v8' })
    expect(store.getState({ reference: 'multi:1', platform: 'linux/arm64/v8' }).status).toBe('starting')
    expect(store.getState({ reference: 'multi:1' }).status).toBe('idle')
    expect(calls[0]?.request).toEqual({ reference: 'multi:1', platform: 'linux/arm64/v8' })
  })

  it('tells only the screens watching that image', async () => {
    const { store, calls } = started()
    let app = 0
    let other = 0
    store.subscribe({ reference: 'app:1.0' }, () => (app += 1))
    const stop = store.subscribe({ reference: 'other' }, () => (other += 1))
    stop()
    void store.start({ reference: 'app:1.0' })
    calls[0]?.resolve({ ok: true, value: { operationId: 'op-4' } })
    await flush()
    expect(app).toBe(2)
    expect(other).toBe(0)
  })
})
