import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { newerSchemaNotice, rebuiltNotice, unwritableNotice } from './cache-notices'
import {
  CACHE_FILE_NAME,
  DEFAULT_BUSY_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  type CacheStore,
  type OpenCacheStoreOptions,
} from './cache-store'
import { openFileConnection, openMemoryConnection, type Connection } from './connection'
import { NewerSchemaError } from './migrations'
import { moveAside, setAsideAndClose } from './move-aside'
import { createSqliteCacheStore } from './sqlite-cache-store'
import { classifyFailure, describeError } from './sqlite-errors'

interface Opening {
  directory: string
  path: string
  busyTimeoutMs: number
  now: () => number
  log: (message: string) => void
  notify: (message: string) => void
}

/**
 * Opens the analysis cache in `directory`, and always returns a working store:
 * - a corrupt, truncated, foreign or locked file is moved aside and a fresh one created;
 * - a folder that cannot be written (or a file newer than this build) means an in-memory cache.
 * Each of these leaves a sentence in `store.notices` for the person using the app.
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
  const opening: Opening = {
    directory: options.directory,
    path: join(options.directory, CACHE_FILE_NAME),
    busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    now,
    log,
    notify,
  }
  const connection = openBestConnection(opening)
  return createSqliteCacheStore(connection, {
    analyzerVersion: options.analyzerVersion,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    now,
    log,
    notify,
    notices,
  })
}

function openBestConnection(o: Opening): Connection {
  try {
    mkdirSync(o.directory, { recursive: true })
  } catch (error) {
    return inMemory(o, unwritableNotice(o.directory, describeError(error)))
  }
  const aside: { kept: string | null } = { kept: null }
  const keepIfUnreadable = (error: unknown, close: () => void): void => {
    if (needsRebuild(error)) aside.kept = keepWhileOpen(o, close)
  }
  try {
    return openFileConnection(o.path, o.busyTimeoutMs, keepIfUnreadable)
  } catch (error) {
    if (error instanceof NewerSchemaError) return inMemory(o, newerSchemaNotice(o.path))
    if (!needsRebuild(error)) return inMemory(o, unwritableNotice(o.directory, describeError(error)))
    return rebuild(o, error, aside.kept)
  }
}

/** Corrupt, locked, or failing for a reason we cannot name: all reasons to start a new file. */
function needsRebuild(error: unknown): boolean {
  return !(error instanceof NewerSchemaError) && classifyFailure(error) !== 'unwritable'
}

function keepWhileOpen(o: Opening, close: () => void): string | null {
  try {
    return setAsideAndClose(o.path, o.now(), close)
  } catch {
    return null
  }
}

/** Keeps the unreadable file under another name (if not done yet) and starts a new one. */
function rebuild(o: Opening, cause: unknown, keptAlready: string | null): Connection {
  o.log(`The analysis cache ${o.path} cannot be opened: ${describeError(cause)}`)
  let kept = keptAlready
  try {
    kept ??= moveAside(o.path, o.now())
  } catch (error) {
    return inMemory(o, unwritableNotice(o.directory, describeError(error)))
  }
  try {
    const connection = openFileConnection(o.path, o.busyTimeoutMs)
    o.notify(rebuiltNotice(kept))
    return connection
  } catch (error) {
    const reason = `${describeError(error)}; the unreadable file was kept at ${kept}`
    return inMemory(o, unwritableNotice(o.directory, reason))
  }
}

function inMemory(o: Opening, notice: string): Connection {
  o.notify(notice)
  return openMemoryConnection()
}
