import { createAccessTracker } from './access-tracker'
import { failedInUseNotice } from './cache-notices'
import type { CacheEntryInput, CacheStats, CacheStore } from './cache-store'
import { closeConnection, openMemoryConnection, type Connection } from './connection'
import { parseValue, serializeEntries } from './entry-codec'
import { setAsideAndClose } from './move-aside'
import { classifyFailure, describeError } from './sqlite-errors'
import type { SqliteModule } from './sqlite-module'
import { flushAccesses, pruneEntries, writeEntries, type OperationContext } from './store-operations'

export interface StoreSettings {
  /** The loaded module, for an in-memory database when the file fails mid-session. */
  sqlite: SqliteModule
  analyzerVersion: string
  maxBytes: number
  now: () => number
  log: (message: string) => void
  /** Tells a person; also records the message in `notices`. */
  notify: (message: string) => void
  notices: readonly string[]
}

/** Runs an operation on whatever connection is current, never throwing; see createSqliteCacheStore. */
type Guard = <R>(operation: string, work: (c: Connection) => R, fallback: R) => R

/**
 * The store over one connection. Any failure of the file at run time (corruption found mid-read,
 * a full disk, a file gone bad) switches the session to an in-memory database and tells the person
 * once; a lock held past the busy timeout only skips that one operation.
 */
export function createSqliteCacheStore(initial: Connection, settings: StoreSettings): CacheStore {
  const { log } = settings
  const ctx: OperationContext = { ...settings, accesses: createAccessTracker() }
  let connection = initial
  let closed = false

  const guard: Guard = (operation, work, fallback) => {
    if (closed) return fallback
    try {
      return work(connection)
    } catch (error) {
      const replacement = recover(connection, error, operation, ctx, settings)
      if (replacement === null) return fallback
      connection = replacement
      try {
        return work(connection)
      } catch (again) {
        log(`Cache ${operation} skipped: ${describeError(again)}`)
        return fallback
      }
    }
  }

  function get<T>(kind: string, imageId: string): T | null {
    const row = guard('read', (c) => c.statements.select.get(kind, imageId, ctx.analyzerVersion) ?? null, null)
    if (row === null) return null
    if (ctx.accesses.note(kind, imageId, row.last_access, ctx.now())) {
      guard('access-time write', (c) => flushAccesses(c, ctx), undefined)
    }
    return parseValue<T>(row.value, log)
  }

  function putMany(entries: readonly CacheEntryInput[]): void {
    const serialized = serializeEntries(entries, log)
    if (serialized.length > 0) guard('write', (c) => writeEntries(c, ctx, serialized), undefined)
  }

  function stats(): CacheStats {
    const totals = guard('stats', (c) => c.statements.totals.get() ?? null, null)
    const { path, mode } = connection
    return { entries: totals?.entries ?? 0, bytes: totals?.bytes ?? 0, maxBytes: settings.maxBytes, path, mode }
  }

  function close(): void {
    if (closed) return
    closed = true
    try {
      flushAccesses(connection, ctx)
    } catch (error) {
      // Only access times are lost; not worth a move to memory at the end of the session.
      log(`Cache access times not saved: ${describeError(error)}`)
    }
    closeConnection(connection)
  }

  return {
    notices: settings.notices,
    get,
    put: (kind, imageId, value) => putMany([{ kind, imageId, value }]),
    putMany,
    prune: (liveImageIds) => guard('prune', (c) => pruneEntries(c, ctx, liveImageIds), 0),
    stats,
    close,
  }
}

/**
 * Decides what a failed operation means. A busy lock, or a failure already in memory: skip it
 * (null). Anything else: the file cannot be trusted for this session, so move to memory, keeping
 * a corrupt file aside so that the next run starts clean, and tell the person once.
 */
function recover(
  broken: Connection,
  error: unknown,
  operation: string,
  ctx: OperationContext,
  settings: StoreSettings,
): Connection | null {
  const failure = classifyFailure(error)
  if (failure === 'busy' || broken.mode === 'memory') {
    settings.log(`Cache ${operation} skipped: ${describeError(error)}`)
    return null
  }
  const close = () => closeConnection(broken)
  const kept = failure === 'corrupt' && broken.path !== null ? keepAside(broken.path, close, settings) : null
  close()
  ctx.accesses.clear()
  let memory: Connection
  try {
    memory = openMemoryConnection(settings.sqlite)
  } catch (memoryError) {
    settings.log(`Cache ${operation} skipped, no in-memory cache either: ${describeError(memoryError)}`)
    return null
  }
  settings.notify(failedInUseNotice(describeError(error), kept))
  return memory
}

function keepAside(path: string, close: () => void, settings: StoreSettings): string | null {
  try {
    return setAsideAndClose(path, settings.now(), close)
  } catch (error) {
    settings.log(`The damaged cache file ${path} could not be moved aside: ${describeError(error)}`)
    return null
  }
}
