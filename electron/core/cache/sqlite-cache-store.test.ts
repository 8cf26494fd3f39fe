import { statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CACHE_FILE_NAME } from './cache-store'
import { openCacheStore } from './open-cache-store'
import { analysis, tempDir, testOptions } from './test-support'

describe('cache store on a file', () => {
  it('reads back a value after the store is closed and opened again', () => {
    const { options } = testOptions(tempDir())
    const first = openCacheStore(options)
    first.put('analysis', 'sha256:a', analysis(1))
    first.close()
    const second = openCacheStore(options)
    expect(second.get('analysis', 'sha256:a')).toEqual(analysis(1))
    expect(second.stats()).toMatchObject({ mode: 'file', path: join(options.directory, CACHE_FILE_NAME) })
    expect(second.notices).toEqual([])
    second.close()
  })

  it('answers null for an entry never stored', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    expect(store.get('analysis', 'sha256:none')).toBeNull()
    store.close()
  })

  it('keeps each kind of an image apart', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    store.put('base', 'sha256:a', { reference: 'alpine:3.20' })
    store.put('layers', 'sha256:a', [1, 2, 3])
    expect(store.get('base', 'sha256:a')).toEqual({ reference: 'alpine:3.20' })
    expect(store.get('layers', 'sha256:a')).toEqual([1, 2, 3])
    store.close()
  })

  it('replaces an entry put twice and counts it once', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    store.put('analysis', 'sha256:a', { v: 1 })
    store.put('analysis', 'sha256:a', { v: 22 })
    expect(store.get('analysis', 'sha256:a')).toEqual({ v: 22 })
    expect(store.stats()).toMatchObject({ entries: 1, bytes: '{"v":22}'.length })
    store.close()
  })

  it('hides the entries of another analyzer version, and prune removes them', () => {
    const dir = tempDir()
    const old = openCacheStore(testOptions(dir, { analyzerVersion: '1' }).options)
    old.put('analysis', 'sha256:a', analysis(1))
    old.close()
    const current = openCacheStore(testOptions(dir, { analyzerVersion: '2' }).options)
    expect(current.get('analysis', 'sha256:a')).toBeNull()
    current.put('analysis', 'sha256:a', analysis(2))
    expect(current.prune(new Set(['sha256:a']))).toBe(1)
    expect(current.get('analysis', 'sha256:a')).toEqual(analysis(2))
    expect(current.stats().entries).toBe(1)
    current.close()
  })

  it('prunes the entries of deleted images and keeps those of live ones', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    for (const id of ['sha256:a', 'sha256:b', 'sha256:c']) {
      store.put('base', id, { id })
      store.put('layers', id, [id])
    }
    expect(store.prune(new Set(['sha256:b']))).toBe(4)
    expect(store.get('base', 'sha256:a')).toBeNull()
    expect(store.get('layers', 'sha256:b')).toEqual(['sha256:b'])
    expect(store.stats().entries).toBe(2)
    store.close()
  })

  it('writes a batch of 500 analyses in one go and reads every one back', () => {
    const dir = tempDir()
    const writer = openCacheStore(testOptions(dir).options)
    const batch = Array.from({ length: 500 }, (_, n) => ({ kind: 'analysis', imageId: `sha256:${n}`, value: analysis(n) }))
    writer.putMany(batch)
    writer.close()
    const reader = openCacheStore(testOptions(dir).options)
    const read = batch.map((entry) => reader.get('analysis', entry.imageId))
    expect(read).toEqual(batch.map((entry) => entry.value))
    expect(reader.stats().entries).toBe(500)
    reader.close()
  })

  it('logs and skips a value JSON cannot represent, storing the rest of the batch', () => {
    const { options, logged } = testOptions(tempDir())
    const store = openCacheStore(options)
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    store.putMany([
      { kind: 'analysis', imageId: 'sha256:bad', value: cycle },
      { kind: 'analysis', imageId: 'sha256:good', value: { ok: true } },
    ])
    expect(store.get('analysis', 'sha256:bad')).toBeNull()
    expect(store.get('analysis', 'sha256:good')).toEqual({ ok: true })
    expect(logged.join('\n')).toMatch(/sha256:bad not stored/)
    store.close()
  })

  it('answers null and stores nothing once closed, without throwing', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    store.put('analysis', 'sha256:a', 1)
    store.close()
    expect(store.get('analysis', 'sha256:a')).toBeNull()
    expect(() => store.put('analysis', 'sha256:b', 2)).not.toThrow()
    expect(() => store.close()).not.toThrow()
  })
})

describe('size cap', () => {
  const value = 'x'.repeat(190) // 192 bytes of JSON

  it('evicts the least recently used entries first, and a recent read saves an old entry', () => {
    const { options, clock } = testOptions(tempDir(), { maxBytes: 800 })
    const store = openCacheStore(options)
    for (const id of ['a', 'b', 'c', 'd']) {
      store.put('analysis', id, value)
      clock.time += 120_000
    }
    expect(store.get('analysis', 'a')).toBe(value)
    clock.time += 120_000
    store.put('analysis', 'e', value)
    const kept = ['a', 'b', 'c', 'd', 'e'].filter((id) => store.get('analysis', id) !== null)
    expect(kept).toEqual(['a', 'd', 'e'])
    expect(store.stats().bytes).toBeLessThanOrEqual(800)
    store.close()
  })

  it('gives the space of removed entries back to the disk', () => {
    const { options } = testOptions(tempDir())
    const path = join(options.directory, CACHE_FILE_NAME)
    const store = openCacheStore(options)
    const big = (n: number) => ({ n, text: 'y'.repeat(20_000) })
    store.putMany(Array.from({ length: 150 }, (_, n) => ({ kind: 'analysis', imageId: `sha256:${n}`, value: big(n) })))
    store.close()
    const full = statSync(path).size
    const again = openCacheStore(options)
    expect(again.prune(new Set(['sha256:0']))).toBe(149)
    again.close()
    expect(full).toBeGreaterThan(3_000_000)
    expect(statSync(path).size).toBeLessThan(full / 10)
  })

  it('remembers reads across sessions when deciding what to evict', () => {
    const dir = tempDir()
    const { options, clock } = testOptions(dir, { maxBytes: 800 })
    const first = openCacheStore(options)
    for (const id of ['a', 'b', 'c', 'd']) {
      first.put('analysis', id, value)
      clock.time += 120_000
    }
    first.get('analysis', 'a')
    first.close()
    clock.time += 120_000
    const second = openCacheStore(options)
    second.put('analysis', 'e', value)
    expect(second.get('analysis', 'a')).toBe(value)
    expect(second.get('analysis', 'b')).toBeNull()
    second.close()
  })
})
