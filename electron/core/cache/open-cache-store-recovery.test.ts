import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME } from './cache-store'
import { openCacheStore } from './open-cache-store'
import { analysis, tempDir, testOptions } from './test-support'

const rebuilt = /^The analysis cache was unreadable and has been rebuilt \(old file kept at (.+\.corrupt-[^)]+)\)\.$/
const inMemory = /cannot be written .*; using an in-memory cache for this session\.$/
const notCached = /^Analyses are not cached this session: .+\. The cache file .+ is left as it is; results are kept in memory until Baseline closes\.$/

function fillCache(directory: string, count: number): string {
  const store = openCacheStore(testOptions(directory).options)
  store.putMany(Array.from({ length: count }, (_, n) => ({ kind: 'analysis', imageId: `sha256:${n}`, value: analysis(n) })))
  store.close()
  return join(directory, CACHE_FILE_NAME)
}

/** Opens a damaged cache and checks the promise: it answers, it works, the old bytes are kept. */
function expectRebuilt(directory: string, damaged: Buffer): void {
  const store = openCacheStore(testOptions(directory).options)
  expect(store.get('analysis', 'sha256:1')).toBeNull()
  store.put('analysis', 'sha256:new', { fresh: true })
  expect(store.get('analysis', 'sha256:new')).toEqual({ fresh: true })
  expect(store.stats()).toMatchObject({ mode: 'file', entries: 1 })
  expect(store.notices).toHaveLength(1)
  const kept = rebuilt.exec(store.notices[0] ?? '')?.[1] ?? ''
  expect(readFileSync(kept)).toEqual(damaged)
  store.close()
  const again = openCacheStore(testOptions(directory).options)
  expect(again.get('analysis', 'sha256:new')).toEqual({ fresh: true })
  expect(again.notices).toEqual([])
  again.close()
}

describe('opening an unreadable cache file', () => {
  it('rebuilds a cache whose file was overwritten with random bytes between two runs', () => {
    const dir = tempDir()
    const path = fillCache(dir, 50)
    const garbage = randomBytes(statSync(path).size)
    writeFileSync(path, garbage)
    expectRebuilt(dir, garbage)
  })

  it('rebuilds a cache truncated to half its size', () => {
    const dir = tempDir()
    const path = fillCache(dir, 300)
    truncateSync(path, Math.floor(statSync(path).size / 2))
    expectRebuilt(dir, readFileSync(path))
  })

  it('rebuilds over a file that is not SQLite at all', () => {
    const dir = tempDir()
    const notes = Buffer.from('shopping list: eggs, milk\n')
    writeFileSync(join(dir, CACHE_FILE_NAME), notes)
    expectRebuilt(dir, notes)
  })

  it('moves the -wal and -shm companions aside with the file', () => {
    const dir = tempDir()
    const path = join(dir, CACHE_FILE_NAME)
    const garbage = randomBytes(8192)
    for (const suffix of ['', '-wal', '-shm']) writeFileSync(path + suffix, garbage)
    expectRebuilt(dir, garbage)
    const kept = readdirSync(dir).filter((name) => name.includes('.corrupt-')).sort()
    expect(kept).toHaveLength(3)
    expect(kept[1]).toMatch(/-shm$/)
    expect(kept[2]).toMatch(/-wal$/)
    for (const name of kept) expect(readFileSync(join(dir, name))).toEqual(garbage)
  })

  it('uses an empty file as a new cache without telling anyone', () => {
    const dir = tempDir()
    writeFileSync(join(dir, CACHE_FILE_NAME), '')
    const store = openCacheStore(testOptions(dir).options)
    store.put('analysis', 'sha256:a', 1)
    expect(store.get('analysis', 'sha256:a')).toBe(1)
    expect(store.notices).toEqual([])
    store.close()
  })

  it('keeps a file another connection holds locked past the busy timeout, and works in memory', () => {
    const dir = tempDir()
    const path = fillCache(dir, 5)
    const holder = new Database(path)
    holder.pragma('locking_mode = EXCLUSIVE')
    holder.prepare('DELETE FROM cache_entries WHERE image_id = ?').run('sha256:0')
    const store = openCacheStore(testOptions(dir, { busyTimeoutMs: 50 }).options)
    expect(store.notices).toEqual([expect.stringMatching(notCached)])
    expect(store.notices[0]).toContain('another process holds a lock')
    store.put('analysis', 'sha256:new', 1)
    expect(store.get('analysis', 'sha256:new')).toBe(1)
    expect(store.stats()).toMatchObject({ mode: 'memory', path: null })
    store.close()
    expect(readdirSync(dir).filter((name) => name.includes('.corrupt-'))).toEqual([])
    // The holder keeps working on the same file, which kept its name and its entries.
    expect(holder.prepare('SELECT count(*) FROM cache_entries').pluck().get()).toBe(4)
    holder.close()
    const again = openCacheStore(testOptions(dir).options)
    expect(again.get('analysis', 'sha256:1')).toEqual(analysis(1))
    expect(again.notices).toEqual([])
    again.close()
  })
})

describe('a SQLite module that cannot be loaded', () => {
  // Injected through the store's one loading seam: a real ABI mismatch cannot be produced on
  // demand here, so the loader throws the error Electron gives for a module built for Node's ABI.
  const abiMismatch = () => {
    throw Object.assign(new Error('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.'), {
      code: 'ERR_DLOPEN_FAILED',
    })
  }

  it('leaves the cache file with its name and bytes, says so once, and caches in memory without native code', () => {
    const dir = tempDir()
    const path = fillCache(dir, 20)
    const before = readFileSync(path)
    const { options, logged } = testOptions(dir, { loadSqlite: abiMismatch })
    const store = openCacheStore(options)
    expect(store.notices).toEqual([expect.stringMatching(notCached)])
    expect(store.notices[0]).toContain('the SQLite module could not be loaded')
    expect(store.notices[0]).toContain('NODE_MODULE_VERSION 115')
    store.put('analysis', 'sha256:new', analysis(7))
    expect(store.get('analysis', 'sha256:new')).toEqual(analysis(7))
    expect(store.stats()).toMatchObject({ mode: 'memory', path: null, entries: 1 })
    store.close()
    expect(readFileSync(path)).toEqual(before)
    expect(readdirSync(dir).sort()).toEqual(readdirSync(dir).filter((name) => !name.includes('.corrupt-')).sort())
    expect(logged.filter((line) => line === store.notices[0])).toHaveLength(1)
  })
})

describe('a cache folder that cannot be written', () => {
  /** Each arrangement returns the cache folder to use inside a temp root. */
  const arrangements: Array<[string, (root: string) => string]> = [
    ['a regular file stands where the folder should be', (root) => {
      writeFileSync(join(root, 'cache'), 'x')
      return join(root, 'cache')
    }],
    ['the folder would sit inside a regular file', (root) => {
      writeFileSync(join(root, 'cache'), 'x')
      return join(root, 'cache', 'baseline')
    }],
    ['a folder stands where the cache file should be', (root) => {
      mkdirSync(join(root, 'cache', CACHE_FILE_NAME), { recursive: true })
      return join(root, 'cache')
    }],
  ]

  it.each(arrangements)('falls back to an in-memory cache when %s', (_situation, arrange) => {
    const directory = arrange(tempDir())
    const { options, logged } = testOptions(directory)
    const store = openCacheStore(options)
    store.put('analysis', 'sha256:a', analysis(1))
    expect(store.get('analysis', 'sha256:a')).toEqual(analysis(1))
    expect(store.stats()).toMatchObject({ mode: 'memory', path: null, entries: 1 })
    expect(store.notices).toEqual([expect.stringMatching(inMemory)])
    expect(logged).toContain(store.notices[0])
    store.close()
  })

  const isRoot = process.getuid?.() === 0
  // Root writes through any permission bits, so this variant can only prove something as a user.
  it.skipIf(isRoot)('falls back to an in-memory cache in a folder without write permission (skipped as root)', () => {
    const dir = tempDir()
    chmodSync(dir, 0o500)
    const store = openCacheStore(testOptions(dir).options)
    store.put('analysis', 'sha256:a', 1)
    expect(store.get('analysis', 'sha256:a')).toBe(1)
    expect(store.stats().mode).toBe('memory')
    expect(store.notices).toEqual([expect.stringMatching(inMemory)])
    expect(existsSync(join(dir, CACHE_FILE_NAME))).toBe(false)
    store.close()
  })
})
