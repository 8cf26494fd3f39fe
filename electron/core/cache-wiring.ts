import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { FileFacts, LayerScan } from '../../shared/model'
import { openCacheStore, type CacheStore } from './cache'
import { engineScopedCache } from './cache/engine-scoped-cache'
import type { LoadSqlite } from './cache/sqlite-module'
import { ANALYZER_VERSION } from './analysis/analyzer-version'
import { createFactsStore, type FactsStore } from './facts/facts-store'
import { LAYER_SCAN_KIND } from './layers/layer-cache'
import type { Notices } from './notices'

/**
 * Where layer counts lived before they joined the other per-image facts in the cache. The file is
 * removed on first use: its counts were only a memo (the next list inspects those images once more
 * and keeps their chains in the cache, keyed by engine, which the file never was).
 */
const LEGACY_LAYER_COUNT_FILE = 'layer-counts.json'

export interface CacheWiringDeps {
  /** Where baseline-cache.sqlite lives. */
  cacheDir: string
  notices: Notices
  loadSqlite?: LoadSqlite
  /** The engine in use (engineScope), part of every cache key. */
  engineScope: () => string
}

export interface LazyCache {
  /** The SQLite cache, opened on first use, its keys scoped by engine. */
  cache(): CacheStore
  /** The per-image facts in that cache. */
  facts(): FactsStore
  /** The facts of an image's cached file-level scan, for the advisor; null when none was made. */
  fileFacts(imageId: string): FileFacts | null
  /** The image's cached file-level scan (its "files" figures, for a comparison); null when none was made. */
  scan(imageId: string): LayerScan | null
  close(): void
}

/** The cache opens on the first read (the app opens it when it starts); `baseline --help` never loads SQLite. */
export function createLazyCache(deps: CacheWiringDeps): LazyCache {
  let cache: CacheStore | null = null
  let facts: FactsStore | null = null
  const open = (): CacheStore => {
    forgetLegacyFile(join(deps.cacheDir, LEGACY_LAYER_COUNT_FILE))
    return engineScopedCache(openCacheStore({
      directory: deps.cacheDir,
      analyzerVersion: ANALYZER_VERSION,
      loadSqlite: deps.loadSqlite,
      log: () => undefined,
      // Problems found while opening arrive here too, so cache.notices is not read again.
      onNotice: (message) => deps.notices.add('warning', message),
    }), deps.engineScope)
  }
  const store = (): CacheStore => (cache ??= open())
  return {
    cache: store,
    facts: () => (facts ??= createFactsStore(store())),
    // A file-level scan, when one was made, tells the advisor what the image really holds.
    fileFacts: (imageId) => store().get<LayerScan>(LAYER_SCAN_KIND, imageId)?.facts ?? null,
    scan: (imageId) => store().get<LayerScan>(LAYER_SCAN_KIND, imageId) ?? null,
    close: () => cache?.close(),
  }
}

/** Best effort: a folder that cannot be written (the cache then lives in memory) keeps the file. */
function forgetLegacyFile(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // Nothing reads the file any more; leaving it costs a few bytes.
  }
}
