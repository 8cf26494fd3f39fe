import type Database from 'better-sqlite3'

/**
 * The schema's history, oldest first: migration i brings a file from version i to i + 1, and the
 * version lives in SQLite's own `user_version`, written in the same transaction as the change.
 * Never edit a shipped migration; append a new one.
 */
export const migrations: ReadonlyArray<(db: Database.Database) => void> = [
  function createEntries(db) {
    db.exec(`
      CREATE TABLE cache_entries (
        kind TEXT NOT NULL,
        image_id TEXT NOT NULL,
        analyzer_version TEXT NOT NULL,
        value TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (kind, image_id, analyzer_version)
      );
      CREATE INDEX cache_entries_by_image ON cache_entries (image_id);
    `)
  },
  // Size cap: least-recently-used eviction needs the last access, and the running total is kept
  // by triggers so that every process writing the file agrees on it without a full scan.
  function trackAccessAndTotals(db) {
    db.exec(`
      ALTER TABLE cache_entries ADD COLUMN last_access INTEGER NOT NULL DEFAULT 0;
      UPDATE cache_entries SET last_access = created_at;
      CREATE INDEX cache_entries_by_access ON cache_entries (last_access);
      CREATE TABLE cache_totals (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        entries INTEGER NOT NULL,
        bytes INTEGER NOT NULL
      );
      INSERT INTO cache_totals (id, entries, bytes)
        SELECT 1, count(*), coalesce(sum(size_bytes), 0) FROM cache_entries;
      CREATE TRIGGER cache_entries_added AFTER INSERT ON cache_entries BEGIN
        UPDATE cache_totals SET entries = entries + 1, bytes = bytes + new.size_bytes WHERE id = 1;
      END;
      CREATE TRIGGER cache_entries_removed AFTER DELETE ON cache_entries BEGIN
        UPDATE cache_totals SET entries = entries - 1, bytes = bytes - old.size_bytes WHERE id = 1;
      END;
      CREATE TRIGGER cache_entries_resized AFTER UPDATE OF size_bytes ON cache_entries BEGIN
        UPDATE cache_totals SET bytes = bytes - old.size_bytes + new.size_bytes WHERE id = 1;
      END;
    `)
  },
]

export const SCHEMA_VERSION = migrations.length

/** The file was written by a newer Baseline: we must not write into a schema we do not know. */
export class NewerSchemaError extends Error {
  constructor(readonly fileVersion: number) {
    super(`cache schema version ${fileVersion} is newer than this build's ${SCHEMA_VERSION}`)
    this.name = 'NewerSchemaError'
  }
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

/** Returns the file's schema version; throws NewerSchemaError for one this build cannot write. */
export function assertKnownSchema(db: Database.Database): number {
  const version = schemaVersion(db)
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version)
  return version
}

/**
 * Applies the pending migrations, up to `target` (tests stop early to make old files). The
 * version is read again inside an IMMEDIATE transaction so two processes opening a new file at once
 * do not both migrate it.
 */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  const current = assertKnownSchema(db)
  // An up-to-date file needs no write lock: opening stays a pure read next to a busy writer.
  if (current >= target) return
  const run = db.transaction(() => {
    const from = assertKnownSchema(db)
    for (let version = from; version < target; version++) {
      const step = migrations[version]
      if (step) step(db)
    }
    if (target > from) db.pragma(`user_version = ${target}`)
  })
  run.immediate()
}
