import type { EngineStatus } from '../../../shared/model'
import type { CacheStore } from './cache-store'

/**
 * Which engine the cache speaks for: its kind and endpoint. One image ID can live on two engines
 * with different figures — Podman reports layer sizes as tar sizes (1,536 / 2,560 / 3,072 where
 * Docker 20.10 says 0 / 15 / 157) under the same ID — so every key carries the engine.
 */
export function engineScope(status: EngineStatus): string | null {
  return status.state === 'connected' ? `${status.engine.product}@${status.engine.endpoint.url}` : null
}

/**
 * The cache as the rest of the core sees it: keys scoped to the engine in use (`scope()` is read
 * at each call, so switching engines mid-session switches entries). Pruning keeps only this
 * engine's live images: another engine's entries go too, which costs a re-analysis there, never a
 * wrong answer.
 */
export function engineScopedCache(store: CacheStore, scope: () => string): CacheStore {
  const key = (imageId: string): string => `${scope()} ${imageId}`
  return {
    get: (kind, imageId) => store.get(kind, key(imageId)),
    put: (kind, imageId, value) => store.put(kind, key(imageId), value),
    putMany: (entries) => store.putMany(entries.map((entry) => ({ ...entry, imageId: key(entry.imageId) }))),
    prune: (live) => store.prune(new Set([...live].map(key))),
    stats: () => store.stats(),
    get notices() {
      return store.notices
    },
    close: () => store.close(),
  }
}
