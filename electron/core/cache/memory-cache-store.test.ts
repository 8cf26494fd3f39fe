import { describe, expect, it } from 'vitest'
import { createMemoryCacheStore } from './memory-cache-store'

const store = (maxBytes = 1e6) => createMemoryCacheStore({ maxBytes, log: () => undefined, notices: [] })

describe('the in-memory cache (no native code)', () => {
  it('answers what was put, as a copy the caller cannot change', () => {
    const cache = store()
    const value = { layers: [1, 2] }
    cache.put('analysis', 'sha256:a', value)
    value.layers.push(3)
    expect(cache.get('analysis', 'sha256:a')).toEqual({ layers: [1, 2] })
    expect(cache.get('scan', 'sha256:a')).toBeNull()
    expect(cache.stats()).toMatchObject({ entries: 1, mode: 'memory', path: null })
  })

  it('evicts the least recently used entries once over its cap', () => {
    const cache = store(100)
    cache.put('k', 'old', 'x'.repeat(40))
    cache.put('k', 'read', 'y'.repeat(40))
    expect(cache.get('k', 'old')).not.toBeNull()
    cache.put('k', 'new', 'z'.repeat(40))
    expect(cache.get('k', 'read')).toBeNull()
    expect(cache.get('k', 'old')).not.toBeNull()
    expect(cache.stats().bytes).toBeLessThanOrEqual(100)
  })

  it('prunes the entries of images that are gone', () => {
    const cache = store()
    cache.putMany([
      { kind: 'analysis', imageId: 'sha256:live', value: 1 },
      { kind: 'analysis', imageId: 'sha256:gone', value: 2 },
      { kind: 'scan', imageId: 'sha256:gone', value: 3 },
    ])
    expect(cache.prune(new Set(['sha256:live']))).toBe(2)
    expect(cache.stats().entries).toBe(1)
  })
})
