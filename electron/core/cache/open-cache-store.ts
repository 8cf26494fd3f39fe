import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { newerSchemaNotice, notCachedNotice, rebuiltNotice, unwritableNotice } from './cache-notices'
import {
  CACHE_FILE_NAME,
  DEFAULT_BUSY_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  type CacheStore,
  type OpenCacheStoreOptions,
} from './cache-store'
import { openFileConnection, type Connection } from './connection'
import { createMemoryCacheStore } from './memory-cache-store'
import { NewerSchemaError } from './migrations'
import { moveAside, setAsideAndClose } from './move-aside'
import { createSqliteCacheStore } from './sqlite-cache-store'
import { classifyFailure, describeError } from './sqlite-errors'
import { loadBetterSqlite, type SqliteModule } from './sqlite-module'

interface Opening {
  sqlite: SqliteModule
  directory: string
  path: string
  busyTimeoutMs: number
  now: () => number
  log: (message: string) => void
  notify: (message: string) => void
}

/**
 * Opens the analysis cache in `directory`, and always returns a working store:
 * - a file SQLite reports as damaged (not a database, malformed) is moved aside and a fresh one
 *   created;
 * - anything else that stops the file from being used (the native module does not load, another
 *   process holds a lock, the folder cannot be written, a newer schema, an error we cannot name)
 *   leaves the file exactly where and as it is, and the session works in memory, with no native
 *   code, so a module fault never costs a person their cache.
 * Each of these leaves one sentence in `store.notices` for the person using the app.
 */
export function openCacheStore(options: OpenCacheStoreOptions): CacheStore {
  const notices: string[] = []
  const log = options.log ?? ((message: string) => console.warn(message))
  const notify = (message: string): void => {
    notices.push(message)
    log(message)
    try {
      options.onNotice?.(message)
    } catch (error) {
      log(`Cache notice listener failed: ${describeError(error)}`)
    }
  }
  const now = options.now ?? Date.now
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const path = join(options.directory, CACHE_FILE_NAME)
  const inMemory = (): CacheStore => createMemoryCacheStore({ maxBytes, log, notices })
  let sqlite: SqliteModule
  try {
    sqlite = (options.loadSqlite ?? loadBetterSqlite)()
  } catch (error) {
    notify(notCachedNotice(`the SQLite module could not be loaded (${describeError(error)})`, path))
    return inMemory()
  }
  const opening: Opening = { sqlite, directory: options.directory, path, busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS, now, log, notify }
  const connection = openBestConnection(opening)
  if (connection === null) return inMemory()
  return createSqliteCacheStore(connection, { sqlite, analyzerVersion: options.analyzerVersion, maxBytes, now, log, notify, notices })
}

/** The file's connection, or null (after telling the person why) when the session must work in memory. */
function openBestConnection(o: Opening): Connection | null {
  try {
    mkdirSync(o.directory, { recursive: true })
  } catch (error) {
    o.notify(unwritableNotice(o.directory, describeError(error)))
    return null
  }
  const aside: { kept: string | null } = { kept: null }
  const keepIfDamaged = (error: unknown, close: () => void): void => {
    if (isDamaged(error)) aside.kept = keepWhileOpen(o, close)
  }
  try {
    return openFileConnection(o.sqlite, o.path, o.busyTimeoutMs, keepIfDamaged)
  } catch (error) {
    if (isDamaged(error)) return rebuild(o, error, aside.kept)
    o.notify(noticeForUnusable(o, error))
    return null
  }
}

/** Only SQLite's own verdict that the content is bad justifies moving a person's file. */
function isDamaged(error: unknown): boolean {
  return !(error instanceof NewerSchemaError) && classifyFailure(error) === 'corrupt'
}

function noticeForUnusable(o: Opening, error: unknown): string {
  if (error instanceof NewerSchemaError) return newerSchemaNotice(o.path)
  switch (classifyFailure(error)) {
    case 'unwritable':
      return unwritableNotice(o.directory, describeError(error))
    case 'busy':
      return notCachedNotice(`another process holds a lock on the cache file (${describeError(error)})`, o.path)
    default:
      return notCachedNotice(describeError(error), o.path)
  }
}

function keepWhileOpen(o: Opening, close: () => void): string | null {
  try {
    return setAsideAndClose(o.path, o.now(), close)
  } catch {
    return null
  }
}

/** Keeps the damaged file under another name (if not done yet) and starts a new one. */
function rebuild(o: Opening, cause: unknown, keptAlready: string | null): Connection | null {
  o.log(`The analysis cache ${o.path} is damaged: ${describeError(cause)}`)
  let kept = keptAlready
  try {
    kept ??= moveAside(o.path, o.now())
  } catch (error) {
    o.notify(unwritableNotice(o.directory, describeError(error)))
    return null
  }
  try {
    const connection = openFileConnection(o.sqlite, o.path, o.busyTimeoutMs)
    o.notify(rebuiltNotice(kept))
    return connection
  } catch (error) {
    o.notify(unwritableNotice(o.directory, `${describeError(error)}; the damaged file was kept at ${kept}`))
    return null
  }
}
