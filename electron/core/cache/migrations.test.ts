import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME } from './cache-store'
import { migrate, SCHEMA_VERSION, schemaVersion } from './migrations'
import { openCacheStore } from './open-cache-store'
import { tempDir, testOptions } from './test-support'

function writeVersionOneFile(path: string): void {
  const db = new Database(path)
  migrate(db, 1)
  db.prepare(
    'INSERT INTO cache_entries (kind, image_id, analyzer_version, value, size_bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run('analysis', 'sha256:old', '1', '{"kept":true}', 13, 1000)
  db.close()
}

describe('schema migrations', () => {
  it('brings a version 1 file up to date and keeps its entries', () => {
    const { options } = testOptions(tempDir())
    const path = join(options.directory, CACHE_FILE_NAME)
    writeVersionOneFile(path)
    const store = openCacheStore(options)
    const db = new Database(path, { readonly: true })
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION)
    expect(db.prepare('SELECT last_access FROM cache_entries').pluck().get()).toBe(1000)
    db.close()
    expect(store.get('analysis', 'sha256:old')).toEqual({ kept: true })
    expect(store.stats()).toMatchObject({ mode: 'file', entries: 1, bytes: 13 })
    expect(store.notices).toEqual([])
    store.close()
  })

  it('creates a new file at the latest version', () => {
    const { options } = testOptions(tempDir())
    openCacheStore(options).close()
    const db = new Database(join(options.directory, CACHE_FILE_NAME), { readonly: true })
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION)
    db.close()
  })

  it('leaves a file from a newer Baseline untouched and works in memory', () => {
    const { options } = testOptions(tempDir())
    const path = join(options.directory, CACHE_FILE_NAME)
    const db = new Database(path)
    db.pragma('journal_mode = WAL')
    migrate(db)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    const before = readFileSync(path)
    const store = openCacheStore(options)
    store.put('analysis', 'sha256:a', 1)
    expect(store.get('analysis', 'sha256:a')).toBe(1)
    expect(store.stats()).toMatchObject({ mode: 'memory', path: null })
    expect(store.notices).toEqual([expect.stringMatching(/newer version of Baseline.*in-memory cache for this session/)])
    store.close()
    expect(readFileSync(path)).toEqual(before)
  })
})
