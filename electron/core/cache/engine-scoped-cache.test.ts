import { describe, expect, it } from 'vitest'
import type { EngineStatus } from '../../../shared/model'
import { cacheSubject, engineScope, engineScopedCache } from './engine-scoped-cache'
import { openCacheStore } from './open-cache-store'
import { tempDir, testOptions } from './test-support'

const connected = (product: 'docker' | 'podman', url: string): EngineStatus => ({
  state: 'connected',
  engine: {
    endpoint: { source: 'DOCKER_HOST', label: 'DOCKER_HOST', url },
    engineVersion: '1', apiVersion: '1.41', os: 'linux', arch: 'amd64', platformName: null,
    product, imageStore: product === 'podman' ? 'podman' : 'graph-driver', title: 'x',
  },
  attempts: [],
  checkedAt: '2026-12-07T00:00:00.000Z',
})

describe('engineScopedCache', () => {
  it('keeps one image ID on two engines as two entries, in one SQLite file', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    let scope = engineScope(connected('docker', 'unix:///var/run/docker.sock'))!
    const cache = engineScopedCache(store, () => scope)
    cache.put('detail', 'sha256:same', { sizes: [0, 15, 157] })
    scope = engineScope(connected('podman', 'unix:///run/podman/podman.sock'))!
    expect(cache.get('detail', 'sha256:same')).toBeNull()
    cache.put('detail', 'sha256:same', { sizes: [1536, 2560, 3072] })
    expect(cache.get('detail', 'sha256:same')).toEqual({ sizes: [1536, 2560, 3072] })
    scope = engineScope(connected('docker', 'unix:///var/run/docker.sock'))!
    expect(cache.get('detail', 'sha256:same')).toEqual({ sizes: [0, 15, 157] })
    expect(store.stats().entries).toBe(2)
    store.close()
  })

  it("prunes by this engine's live images", () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    const cache = engineScopedCache(store, () => 'docker@unix:///a.sock')
    cache.putMany([{ kind: 'detail', imageId: 'sha256:live', value: 1 }, { kind: 'detail', imageId: 'sha256:gone', value: 2 }])
    expect(cache.prune(new Set(['sha256:live']))).toBe(1)
    expect(cache.get('detail', 'sha256:live')).toBe(1)
    store.close()
  })

  it('keeps two platforms of one index digest apart, and prunes neither while the index is live', () => {
    const store = openCacheStore(testOptions(tempDir()).options)
    const cache = engineScopedCache(store, () => 'docker@unix:///d26.sock')
    cache.put('layer-scan', cacheSubject('sha256:index', 'linux/amd64'), 'amd64 files')
    cache.put('layer-scan', cacheSubject('sha256:index', 'linux/arm64/v8'), 'arm64 files')
    cache.put('layer-scan', cacheSubject('sha256:gone', 'linux/amd64'), 'gone')
    expect(cache.get('layer-scan', cacheSubject('sha256:index', 'linux/arm64/v8'))).toBe('arm64 files')
    expect(cache.get('layer-scan', 'sha256:index')).toBeNull()
    expect(cache.prune(new Set(['sha256:index']))).toBe(1)
    expect(cache.get('layer-scan', cacheSubject('sha256:index', 'linux/amd64'))).toBe('amd64 files')
    expect(cache.get('layer-scan', cacheSubject('sha256:gone', 'linux/amd64'))).toBeNull()
    store.close()
  })

  it('has no scope while no engine is connected', () => {
    expect(engineScope({ state: 'unreachable', attempts: [], checkedAt: '', hint: '' })).toBeNull()
  })
})
