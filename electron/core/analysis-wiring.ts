import { openCacheStore, type CacheStore } from './cache'
import type { LoadSqlite } from './cache/sqlite-module'
import { engineScopedCache } from './cache/engine-scoped-cache'
import type { FileFacts, ImageDetail, ImageList, LayerScan } from '../../shared/model'
import { ANALYZER_VERSION, loadCatalog } from './analysis'
import { createAnalysisService, type AnalysisService } from './analysis/analysis-service'
import { createImageFacts } from './analysis/image-facts'
import type { EngineClient } from './engine/engine-api-types'
import { LAYER_SCAN_KIND } from './layers/layer-cache'
import type { Notices } from './notices'

export interface AnalysisWiringDeps {
  /** Where baseline-cache.sqlite lives. */
  cacheDir: string
  client: () => Promise<EngineClient>
  listImages: () => Promise<ImageList>
  getImage: (reference: string) => Promise<ImageDetail>
  notices: Notices
  loadSqlite?: LoadSqlite
  /** The engine in use (engineScope), part of every cache key. */
  engineScope: () => string
}

export interface LazyAnalysis {
  service(): AnalysisService
  /** The same SQLite cache (opened on first use), for the file-level scans. */
  cache(): CacheStore
  /** The facts of an image's cached file-level scan, for the advisor; null when none was made. */
  fileFacts(imageId: string): FileFacts | null
  /** The image's cached file-level scan (its "files" figures, for a comparison); null when none was made. */
  scan(imageId: string): LayerScan | null
  close(): void
}

/**
 * The cache and the catalogue are opened on the first analysis, not at start-up: `baseline images`
 * must not pay for loading SQLite and a 170 kB catalogue it does not use.
 */
export function createLazyAnalysis(deps: AnalysisWiringDeps): LazyAnalysis {
  let cache: CacheStore | null = null
  let service: AnalysisService | null = null
  const open = (): AnalysisService => {
    const store = engineScopedCache(openCacheStore({
      directory: deps.cacheDir,
      analyzerVersion: ANALYZER_VERSION,
      loadSqlite: deps.loadSqlite,
      log: () => undefined,
      // Problems found while opening arrive here too, so cache.notices is not read again.
      onNotice: (message) => deps.notices.add('warning', message),
    }), deps.engineScope)
    cache = store
    const facts = createImageFacts({ client: deps.client, getImage: deps.getImage, cache: store })
    return createAnalysisService({ listImages: deps.listImages, facts, cache: store, catalog: loadCatalog() })
  }
  const scanOf = (imageId: string): LayerScan | null => {
    service ??= open()
    return (cache as CacheStore).get<LayerScan>(LAYER_SCAN_KIND, imageId) ?? null
  }
  return {
    service: () => (service ??= open()),
    cache: () => {
      service ??= open()
      return cache as CacheStore
    },
    // A file-level scan, when one was made, tells the advisor what the image really holds.
    fileFacts: (imageId) => scanOf(imageId)?.facts ?? null,
    scan: (imageId) => scanOf(imageId),
    close: () => cache?.close(),
  }
}
