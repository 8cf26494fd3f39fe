import type Database from 'better-sqlite3'

export interface EntryRow {
  value: string
  last_access: number
}

export interface TotalsRow {
  entries: number
  bytes: number
}

type Key = [kind: string, imageId: string, analyzerVersion: string]
type Upsert = [...Key, value: string, sizeBytes: number, createdAt: number, lastAccess: number]

/** Every statement the store runs, prepared once per connection (SQL strings use single quotes). */
export interface Statements {
  select: Database.Statement<Key, EntryRow>
  upsert: Database.Statement<Upsert>
  touch: Database.Statement<[now: number, ...Key]>
  totals: Database.Statement<[], TotalsRow>
  imageIds: Database.Statement<[], string>
  deleteImage: Database.Statement<[imageId: string]>
  deleteOtherVersions: Database.Statement<[analyzerVersion: string]>
  evictOldest: Database.Statement<[bytesToFree: number]>
}

export function prepareStatements(db: Database.Database): Statements {
  return {
    select: db.prepare<Key, EntryRow>(
      'SELECT value, last_access FROM cache_entries WHERE kind = ? AND image_id = ? AND analyzer_version = ?',
    ),
    // An upsert rather than INSERT OR REPLACE: REPLACE deletes without firing the totals trigger.
    upsert: db.prepare<Upsert>(`
      INSERT INTO cache_entries (kind, image_id, analyzer_version, value, size_bytes, created_at, last_access)
      VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (kind, image_id, analyzer_version) DO UPDATE SET
        value = excluded.value, size_bytes = excluded.size_bytes,
        created_at = excluded.created_at, last_access = excluded.last_access
    `),
    touch: db.prepare<[number, ...Key]>(
      'UPDATE cache_entries SET last_access = ? WHERE kind = ? AND image_id = ? AND analyzer_version = ?',
    ),
    totals: db.prepare<[], TotalsRow>('SELECT entries, bytes FROM cache_totals WHERE id = 1'),
    imageIds: db.prepare<[], string>('SELECT DISTINCT image_id FROM cache_entries').pluck(),
    deleteImage: db.prepare<[string]>('DELETE FROM cache_entries WHERE image_id = ?'),
    deleteOtherVersions: db.prepare<[string]>('DELETE FROM cache_entries WHERE analyzer_version <> ?'),
    // Oldest first, until the running total reaches the bytes to free: one statement, one scan.
    evictOldest: db.prepare<[number]>(`
      DELETE FROM cache_entries WHERE rowid IN (
        SELECT rowid FROM (
          SELECT rowid, size_bytes,
            sum(size_bytes) OVER (ORDER BY last_access, rowid) AS freed
          FROM cache_entries
        ) WHERE freed - size_bytes < ?
      )
    `),
  }
}
