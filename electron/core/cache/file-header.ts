import { closeSync, openSync, readSync } from 'node:fs'

/** Every SQLite 3 database file starts with these 16 bytes (https://sqlite.org/fileformat.html). */
const MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1')

/** Raised for a file that is certainly not SQLite; coded like SQLite's own verdict on it. */
export class NotSqliteError extends Error {
  readonly code = 'SQLITE_NOTADB'
  constructor(path: string) {
    super(`${path} is not an SQLite database`)
    this.name = 'NotSqliteError'
  }
}

/**
 * Refuses a file that is not SQLite before SQLite opens it: once open, SQLite may rewrite or
 * delete the -wal beside it on close, and that WAL is part of what we keep for a post mortem.
 * A missing or empty file is fine (SQLite starts a new database in it); a file we cannot read is
 * left for SQLite to judge.
 */
export function assertSqliteHeader(path: string): void {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch {
    return
  }
  try {
    const head = Buffer.alloc(MAGIC.length)
    const read = readSync(fd, head, 0, MAGIC.length, 0)
    if (read > 0 && !head.equals(MAGIC)) throw new NotSqliteError(path)
  } catch (error) {
    if (error instanceof NotSqliteError) throw error
  } finally {
    closeSync(fd)
  }
}
