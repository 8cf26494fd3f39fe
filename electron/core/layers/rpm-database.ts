import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBetterSqlite, type LoadSqlite, type SqliteModule } from '../cache/sqlite-module'
import type { PackageRecord } from './package-rules'
import { DATABASE_ENTRY_LIMIT } from './package-rules'
import { parseRpmHeader } from './rpm-header'

/** What rpmdb.sqlite listed, and in words what kept it from being read whole. */
export interface RpmRead {
  records: PackageRecord[]
  isCut: boolean
  note: string | null
}

/** Bytes 18 and 19 of an SQLite file: 2 = WAL, 1 = rollback journal (sqlite.org/fileformat.html). */
const WRITE_VERSION_AT = 18

/**
 * Reads rpm >= 4.16's rpmdb.sqlite (table Packages: hnum, blob = one rpm header per package).
 * SQLite reads files, not buffers, so the bytes go to a private temp file removed before return.
 * The buffer must be the caller's own: its SQLite header may be changed (see asRollbackJournal).
 */
export function readRpmSqlite(bytes: Buffer, label: string, load: LoadSqlite = loadBetterSqlite): RpmRead {
  let sqlite: SqliteModule
  try {
    sqlite = load()
  } catch {
    return { records: [], isCut: false, note: `rpm database not read: SQLite unavailable (${label}), so rpm packages are not listed.` }
  }
  const folder = mkdtempSync(join(tmpdir(), 'baseline-rpmdb-'))
  try {
    const file = join(folder, 'rpmdb.sqlite')
    writeFileSync(file, asRollbackJournal(bytes), { mode: 0o600 })
    chmodSync(file, 0o600)
    return readPackagesTable(sqlite, file)
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : 'unknown error'
    return { records: [], isCut: false, note: `rpm database not read: ${label} is not a readable rpmdb.sqlite (${reason}).` }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

function readPackagesTable(sqlite: SqliteModule, file: string): RpmRead {
  const connection = new sqlite(file, { readonly: true, fileMustExist: true })
  try {
    const records: PackageRecord[] = []
    let unreadable = 0
    let rows = 0
    // One past the limit, to tell a database of exactly the limit from a bigger one.
    const statement = connection.prepare('SELECT blob FROM Packages ORDER BY hnum LIMIT ?').raw(true)
    for (const row of statement.iterate(DATABASE_ENTRY_LIMIT + 1) as Iterable<unknown[]>) {
      rows += 1
      if (rows > DATABASE_ENTRY_LIMIT) break
      const blob = row[0]
      const record = blob instanceof Uint8Array ? parseRpmHeader(blob) : null
      if (record === null) unreadable += 1
      else records.push(record)
    }
    const note = unreadable === 0 ? null : `${unreadable} rpm header${unreadable === 1 ? '' : 's'} could not be read and ${unreadable === 1 ? 'is' : 'are'} not listed.`
    return { records, isCut: rows > DATABASE_ENTRY_LIMIT, note }
  } finally {
    connection.close()
  }
}

/**
 * rpm leaves its database marked WAL, and a -wal file is not ours to read: opened read-only, a
 * WAL-marked file still has SQLite create -shm and -wal files beside it. Marked as a plain
 * rollback-journal database, which a checkpointed file is, the copy is read and nothing is written.
 */
function asRollbackJournal(bytes: Buffer): Buffer {
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== 'SQLite format 3\0') return bytes
  // Changed in place: the bytes were gathered for this read alone, and a second 64 MB copy is not needed.
  if (bytes[WRITE_VERSION_AT] === 2) bytes[WRITE_VERSION_AT] = 1
  if (bytes[WRITE_VERSION_AT + 1] === 2) bytes[WRITE_VERSION_AT + 1] = 1
  return bytes
}
