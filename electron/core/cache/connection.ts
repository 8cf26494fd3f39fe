import type Database from 'better-sqlite3'
import type { CacheMode } from './cache-store'
import { assertSqliteHeader } from './file-header'
import { assertKnownSchema, migrate } from './migrations'
import type { SqliteModule } from './sqlite-module'
import { prepareStatements, type Statements } from './statements'

/** One open SQLite database, migrated, with its statements prepared. */
export interface Connection {
  db: Database.Database
  statements: Statements
  mode: CacheMode
  /** The file; null in memory. */
  path: string | null
}

/**
 * Called when opening fails, while the database is still open, with an idempotent `close`: the
 * moment to move the file aside before SQLite touches its WAL on close.
 */
export type OnOpenFailure = (error: unknown, close: () => void) => void

/**
 * Opens (or creates) the cache file and proves it usable before anyone relies on it: the header,
 * the schema version and the migration are where a corrupt, truncated, foreign or locked file
 * fails. Throws what SQLite threw; the caller decides what to do about it.
 */
export function openFileConnection(
  sqlite: SqliteModule,
  path: string,
  busyTimeoutMs: number,
  onFailure?: OnOpenFailure,
): Connection {
  assertSqliteHeader(path)
  const db = new sqlite(path, { timeout: busyTimeoutMs })
  try {
    // Reading the version first proves the header, and a newer file is refused before any write.
    assertKnownSchema(db)
    // Only takes effect on a brand-new file (before the first table): lets evictions give space back.
    db.pragma('auto_vacuum = INCREMENTAL')
    db.pragma('journal_mode = WAL')
    // Safe with WAL and enough for a cache whose content can always be recomputed.
    db.pragma('synchronous = NORMAL')
    migrate(db)
    db.prepare('SELECT count(*) FROM cache_totals').get()
    return { db, statements: prepareStatements(db), mode: 'file', path }
  } catch (error) {
    const close = () => closeDatabase(db)
    try {
      onFailure?.(error, close)
    } finally {
      close()
    }
    throw error
  }
}

export function openMemoryConnection(sqlite: SqliteModule): Connection {
  const db = new sqlite(':memory:')
  migrate(db)
  return { db, statements: prepareStatements(db), mode: 'memory', path: null }
}

export function closeConnection(connection: Connection): void {
  closeDatabase(connection.db)
}

function closeDatabase(db: Database.Database): void {
  try {
    if (db.open) db.close()
  } catch {
    // Closing a connection whose file is gone or broken can fail; it is being abandoned anyway.
  }
}
