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

/** Between the image ID and its platform in a key: neither an ID nor a platform holds a space or "#". */
const PLATFORM_MARK = ' #'

/**
 * What the cache calls one image: its ID (a config, manifest or index digest) and, for one
 * platform of a multi-platform image, that platform — under the containerd store one index digest
 * names several images, and "linux/amd64" and "linux/arm64/v8" of it must never share an entry.
 * Null: an image of one platform, keyed by its ID alone as before. Pass the result wherever the
 * CacheStore asks for an `imageId`; the engine is added below, so the whole key is engine + digest
 * + platform, made here and nowhere else.
 */
export function cacheSubject(imageId: string, platform: string | null): string {
  return platform === null ? imageId : `${imageId}${PLATFORM_MARK}${platform}`
}

/** The image ID of a subject: pruning keeps every platform of a live image. */
function imageIdOfSubject(subject: string): string {
  const mark = subject.indexOf(PLATFORM_MARK)
  return mark < 0 ? subject : subject.slice(0, mark)
}

/** The live set as the store sees its keys: a key is live when the image ID inside it is. */
class LiveKeys extends Set<string> {
  override has(key: string): boolean {
    return super.has(imageIdOfSubject(key))
  }
}

/**
 * The cache as the rest of the core sees it: keys scoped to the engine in use (`scope()` is read
 * at each call, so switching engines mid-session switches entries). Pruning keeps only this
 * engine's live images: another engine's entries go too, which costs a re-analysis there, never a
 * wrong answer.
 */
export function engineScopedCache(store: CacheStore, scope: () => string): CacheStore {
  const key = (subject: string): string => `${scope()} ${subject}`
  return {
    get: (kind, subject) => store.get(kind, key(subject)),
    put: (kind, subject, value) => store.put(kind, key(subject), value),
    putMany: (entries) => store.putMany(entries.map((entry) => ({ ...entry, imageId: key(entry.imageId) }))),
    prune: (live) => store.prune(new LiveKeys([...live].map(key))),
    stats: () => store.stats(),
    get notices() {
      return store.notices
    },
    close: () => store.close(),
  }
}
