import type { CacheEntryInput, CacheStats, CacheStore } from './cache-store'
import { parseValue, serializeEntries } from './entry-codec'

export interface MemoryStoreSettings {
  maxBytes: number
  log: (message: string) => void
  notices: readonly string[]
}

/** Once over the cap, evict down to this share of it, as the SQLite store does. */
const EVICT_TO = 0.9

/**
 * The cache for a session that cannot use the file: plain JavaScript, no native code, so it works
 * even when the SQLite module itself failed to load. Values are kept as JSON text, as in the file,
 * so a caller never shares an object with the cache; the least recently used go first.
 */
export function createMemoryCacheStore(settings: MemoryStoreSettings): CacheStore {
  // Map order is the recency order: a read or write moves the key to the end.
  const entries = new Map<string, { kind: string; imageId: string; json: string; sizeBytes: number }>()
  let bytes = 0
  const keyOf = (kind: string, imageId: string): string => `${kind}\u0000${imageId}`

  function remove(key: string): void {
    const entry = entries.get(key)
    if (!entry) return
    bytes -= entry.sizeBytes
    entries.delete(key)
  }

  function putMany(inputs: readonly CacheEntryInput[]): void {
    for (const entry of serializeEntries(inputs, settings.log)) {
      const key = keyOf(entry.kind, entry.imageId)
      remove(key)
      entries.set(key, entry)
      bytes += entry.sizeBytes
    }
    if (bytes <= settings.maxBytes) return
    for (const key of entries.keys()) {
      if (bytes <= settings.maxBytes * EVICT_TO) break
      remove(key)
    }
  }

  function get<T>(kind: string, imageId: string): T | null {
    const key = keyOf(kind, imageId)
    const entry = entries.get(key)
    if (!entry) return null
    entries.delete(key)
    entries.set(key, entry)
    return parseValue<T>(entry.json, settings.log)
  }

  function prune(live: ReadonlySet<string>): number {
    let removed = 0
    for (const [key, entry] of entries) {
      if (live.has(entry.imageId)) continue
      remove(key)
      removed += 1
    }
    return removed
  }

  function stats(): CacheStats {
    return { entries: entries.size, bytes, maxBytes: settings.maxBytes, path: null, mode: 'memory' }
  }

  return {
    notices: settings.notices,
    get,
    put: (kind, imageId, value) => putMany([{ kind, imageId, value }]),
    putMany,
    prune,
    stats,
    close: () => entries.clear(),
  }
}
