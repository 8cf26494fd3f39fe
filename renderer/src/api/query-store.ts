import type { ErrorPayload, MethodName, RequestOf, ResponseOf } from '../../../shared/contract'
import type { AppNotice } from '../../../shared/model'
import type { ApiClient } from './api-client'
import { isStaleAfter, queryKey } from './query-key'

/** What a screen knows about one answer. Data survives a refetch, so lists do not flash. */
export type QueryState<T> =
  | { status: 'loading'; data: undefined; error: null; isFetching: boolean }
  | { status: 'success'; data: T; error: null; isFetching: boolean }
  | { status: 'error'; data: T | undefined; error: ErrorPayload; isFetching: boolean }

interface Entry {
  method: MethodName
  request: unknown
  state: QueryState<unknown>
  listeners: Set<() => void>
  inFlight: boolean
  /** An event arrived while a fetch was running: its answer may predate the change. */
  refetchQueued: boolean
  /** Bumped by setData, so a fetch that started earlier cannot overwrite a newer pushed answer. */
  generation: number
  lastUsed: number
}

export interface QueryStore {
  getState<M extends MethodName>(method: M, request: RequestOf<M>): QueryState<ResponseOf<M>>
  /** The first listener of an entry without an answer (or with an error) starts a fetch. */
  subscribe<M extends MethodName>(method: M, request: RequestOf<M>, listener: () => void): () => void
  refetch<M extends MethodName>(method: M, request: RequestOf<M>): Promise<void>
  setData<M extends MethodName>(method: M, request: RequestOf<M>, value: ResponseOf<M>): void
  /** Watched answers refetch; unwatched ones are forgotten and fetched when next shown. */
  invalidate(isStale: (method: MethodName) => boolean): void
  /** Subscribes to the client's events; returns the unsubscribe. */
  connect(): () => void
}

const LOADING: QueryState<never> = { status: 'loading', data: undefined, error: null, isFetching: true }
/** Answers nobody shows any more, kept so going back to a page is instant. */
const MAX_IDLE_ENTRIES = 30

export function createQueryStore(client: ApiClient): QueryStore {
  const entries = new Map<string, Entry>()
  let clock = 0

  function entryFor(method: MethodName, request: unknown): Entry {
    const key = queryKey(method, request)
    let entry = entries.get(key)
    if (!entry) {
      entry = { method, request, state: LOADING, listeners: new Set(), inFlight: false, refetchQueued: false, generation: 0, lastUsed: 0 }
      entries.set(key, entry)
    }
    entry.lastUsed = ++clock
    return entry
  }

  function update(entry: Entry, state: QueryState<unknown>): void {
    entry.state = state
    for (const listener of [...entry.listeners]) listener()
  }

  async function run(entry: Entry): Promise<void> {
    if (entry.inFlight) {
      entry.refetchQueued = true
      return
    }
    entry.inFlight = true
    const generation = entry.generation
    if (!entry.state.isFetching) update(entry, { ...entry.state, isFetching: true } as QueryState<unknown>)
    // The client never rejects: a broken bridge comes back as an INTERNAL envelope.
    const reply = await client.call(entry.method, entry.request as never)
    entry.inFlight = false
    if (entry.refetchQueued) {
      entry.refetchQueued = false
      return run(entry)
    }
    if (generation !== entry.generation) return
    update(
      entry,
      reply.ok
        ? { status: 'success', data: reply.value, error: null, isFetching: false }
        : { status: 'error', data: entry.state.data, error: reply.error, isFetching: false },
    )
  }

  function evictIdle(): void {
    const idle = [...entries].filter(([, entry]) => entry.listeners.size === 0 && !entry.inFlight)
    if (idle.length <= MAX_IDLE_ENTRIES) return
    idle.sort(([, a], [, b]) => a.lastUsed - b.lastUsed)
    for (const [key] of idle.slice(0, idle.length - MAX_IDLE_ENTRIES)) entries.delete(key)
  }

  /**
   * A notice arrives as an event: appended to the list already shown. With no settled list (none
   * yet, or a fetch running that may predate the notice) the list is asked for again instead.
   */
  function addNotice(notice: AppNotice): void {
    const entry = entries.get(queryKey('app.notices', {}))
    if (!entry || entry.state.status !== 'success' || entry.inFlight) {
      store.invalidate((method) => method === 'app.notices')
      return
    }
    const { notices } = entry.state.data as ResponseOf<'app.notices'>
    if (notices.some((known) => known.at === notice.at && known.message === notice.message)) return
    store.setData('app.notices', {}, { notices: [...notices, notice] })
  }

  const store: QueryStore = {
    getState(method, request) {
      const entry = entries.get(queryKey(method, request))
      return (entry?.state ?? LOADING) as QueryState<ResponseOf<typeof method>>
    },
    subscribe(method, request, listener) {
      const entry = entryFor(method, request)
      const wasIdle = entry.listeners.size === 0
      entry.listeners.add(listener)
      // A fetch already running (StrictMode's remount, a quick back-and-forth) will answer this one too.
      if (wasIdle && entry.state.status !== 'success' && !entry.inFlight) void run(entry)
      return () => {
        entry.listeners.delete(listener)
        if (entry.listeners.size === 0) evictIdle()
      }
    },
    refetch(method, request) {
      return run(entryFor(method, request))
    },
    setData(method, request, value) {
      const entry = entryFor(method, request)
      entry.generation += 1
      update(entry, { status: 'success', data: value, error: null, isFetching: false })
    },
    invalidate(isStale) {
      for (const [key, entry] of entries) {
        if (!isStale(entry.method)) continue
        if (entry.listeners.size > 0) void run(entry)
        else if (!entry.inFlight) entries.delete(key)
        else entry.refetchQueued = true
      }
    },
    connect() {
      const offImages = client.on('images.changed', () => {
        store.invalidate((method) => isStaleAfter('images.changed', method))
      })
      const offEngine = client.on('engine.changed', (status) => {
        // The event carries the new status: asking for it again would only echo it back.
        store.setData('engine.status', {}, status)
        store.invalidate((method) => method !== 'engine.status' && isStaleAfter('engine.changed', method))
      })
      const offNotice = client.on('app.notice', addNotice)
      return () => {
        offImages()
        offEngine()
        offNotice()
      }
    },
  }
  return store
}
