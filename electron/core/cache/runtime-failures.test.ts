import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { closeSync, openSync, readdirSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME } from './cache-store'
import { openFileConnection } from './connection'
import { openCacheStore } from './open-cache-store'
import { createSqliteCacheStore } from './sqlite-cache-store'
import { loadBetterSqlite } from './sqlite-module'
import { analysis, tempDir, testOptions } from './test-support'

const bulky = (n: number) => ({ ...analysis(n), notes: randomBytes(3000).toString('hex') })

function fill(directory: string, count: number): void {
  const store = openCacheStore(testOptions(directory).options)
  store.putMany(Array.from({ length: count }, (_, n) => ({ kind: 'analysis', imageId: `sha256:${n}`, value: bulky(n) })))
  store.close()
}

/** Overwrites the middle half of a file in place, as a failing disk or a stray writer would. */
function scribble(path: string): void {
  const size = statSync(path).size
  const fd = openSync(path, 'r+')
  writeSync(fd, randomBytes(Math.floor(size / 2)), 0, Math.floor(size / 2), Math.floor(size / 4))
  closeSync(fd)
}

describe('failures while the cache is in use', () => {
  it('moves to memory when corruption shows up mid-session, and the next run starts a clean file', () => {
    const dir = tempDir()
    fill(dir, 300)
    const { options, logged } = testOptions(dir)
    const notified: string[] = []
    const store = openCacheStore({ ...options, onNotice: (message) => notified.push(message) })
    scribble(join(dir, CACHE_FILE_NAME))
    expect(() => {
      for (let n = 0; n < 300; n++) store.get('analysis', `sha256:${n}`)
    }).not.toThrow()
    expect(store.stats().mode).toBe('memory')
    expect(store.notices).toEqual([expect.stringMatching(/failed while in use \(SQLITE_CORRUPT.*old file kept at .*corrupt-.*in-memory cache for this session/)])
    expect(notified).toEqual(store.notices)
    expect(logged).toContain(store.notices[0])
    store.put('analysis', 'sha256:new', 1)
    expect(store.get('analysis', 'sha256:new')).toBe(1)
    store.close()
    const next = openCacheStore(testOptions(dir).options)
    expect(next.notices).toEqual([])
    expect(next.stats()).toMatchObject({ mode: 'file', entries: 0 })
    next.close()
  })

  it('keeps a batch in memory when the disk fills up, leaving the file and its entries as they were', () => {
    const dir = tempDir()
    fill(dir, 10)
    const path = join(dir, CACHE_FILE_NAME)
    // max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk would.
    const connection = openFileConnection(loadBetterSqlite(), path, 1000)
    const pages = connection.db.pragma('page_count', { simple: true }) as number
    connection.db.pragma(`max_page_count = ${pages + 2}`)
    const notices: string[] = []
    const store = createSqliteCacheStore(connection, {
      sqlite: loadBetterSqlite(),
      analyzerVersion: '1',
      maxBytes: 1e9,
      now: Date.now,
      log: () => {},
      notify: (message) => notices.push(message),
      notices,
    })
    const batch = Array.from({ length: 50 }, (_, n) => ({ kind: 'analysis', imageId: `sha256:big${n}`, value: bulky(n) }))
    expect(() => store.putMany(batch)).not.toThrow()
    expect(store.notices).toEqual([expect.stringMatching(/failed while in use \(SQLITE_FULL.*\); using an in-memory cache/)])
    expect(store.get('analysis', 'sha256:big49')).toEqual(batch[49]?.value)
    expect(store.stats()).toMatchObject({ mode: 'memory', entries: 50 })
    store.close()
    const next = openCacheStore(testOptions(dir).options)
    expect(next.get('analysis', 'sha256:3')).toEqual(expect.objectContaining(analysis(3)))
    expect(next.stats().entries).toBe(10)
    next.close()
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([])
  })

  it('skips one write while another connection holds the write lock, and stays on the file', () => {
    const dir = tempDir()
    fill(dir, 3)
    const { options, logged } = testOptions(dir, { busyTimeoutMs: 50 })
    const store = openCacheStore(options)
    const writer = new Database(join(dir, CACHE_FILE_NAME))
    writer.exec('BEGIN IMMEDIATE')
    writer.prepare('DELETE FROM cache_entries WHERE image_id = ?').run('sha256:0')
    // WAL: reads go on, and see the last committed state, while the other connection writes.
    expect(store.get('analysis', 'sha256:0')).toEqual(expect.objectContaining(analysis(0)))
    store.put('analysis', 'sha256:late', 1)
    expect(logged.join('\n')).toMatch(/write skipped: SQLITE_BUSY/)
    writer.exec('COMMIT')
    writer.close()
    expect(store.get('analysis', 'sha256:0')).toBeNull()
    store.put('analysis', 'sha256:late', 1)
    expect(store.get('analysis', 'sha256:late')).toBe(1)
    expect(store.stats().mode).toBe('file')
    expect(store.notices).toEqual([])
    store.close()
  })
})
