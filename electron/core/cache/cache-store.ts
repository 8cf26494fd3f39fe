import type { LoadSqlite } from './sqlite-module'

/** The file the cache lives in, inside the directory the caller chooses. */
export const CACHE_FILE_NAME = 'baseline-cache.sqlite'

/** Default size cap: analyses are small JSON; 256 MB holds tens of thousands of them. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024

/** How long a connection waits on another process's write before giving up. */
export const DEFAULT_BUSY_TIMEOUT_MS = 5_000

export type CacheMode = 'file' | 'memory'

export interface CacheStats {
  /** Entries stored, all analyzer versions included (the ones `prune` would still remove count). */
  entries: number
  /** Bytes of stored values; this is what the size cap applies to. */
  bytes: number
  maxBytes: number
  /** The SQLite file in use; null when the cache lives in memory for this session. */
  path: string | null
  mode: CacheMode
}

export interface CacheEntryInput {
  kind: string
  imageId: string
  value: unknown
}

/**
 * What the rest of the core depends on. Entries are keyed by (kind, imageId) within the analyzer
 * version the store was opened with; other versions' entries are invisible. Values are JSON.
 * No method throws because of the cache itself: failures degrade to an in-memory cache and are
 * reported through `notices` (for people) and the `log` option (for the record).
 */
export interface CacheStore {
  get<T>(kind: string, imageId: string): T | null
  put(kind: string, imageId: string, value: unknown): void
  /** Writes every entry in one transaction: the way to store a batch of analyses. */
  putMany(entries: readonly CacheEntryInput[]): void
  /**
   * Removes the entries of images that no longer exist and those of other analyzer versions;
   * returns how many entries went. Pass the complete list of local image IDs only.
   */
  prune(liveImageIds: ReadonlySet<string>): number
  stats(): CacheStats
  /** Messages a person must be told (rebuilt cache, in-memory fallback), oldest first. */
  readonly notices: readonly string[]
  close(): void
}

export interface OpenCacheStoreOptions {
  /** Folder holding the cache file: the app's userData, or `$XDG_CACHE_HOME/baseline` for the CLI. */
  directory: string
  /** Part of every key: a new analyzer version never reads an older version's results. */
  analyzerVersion: string
  maxBytes?: number
  busyTimeoutMs?: number
  /** Receives every warning, notices included. Defaults to console.warn. */
  log?: (message: string) => void
  /** Called with each notice as it happens, e.g. to emit it to the window mid-session. */
  onNotice?: (message: string) => void
  /** Clock in epoch milliseconds; tests pass their own to order accesses. */
  now?: () => number
  /** How the native SQLite module is loaded; tests pass one that fails, to prove the file survives. */
  loadSqlite?: LoadSqlite
}
