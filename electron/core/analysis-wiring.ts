import { openCacheStore, type CacheStore } from './cache'
import type { ImageDetail, ImageList } from '../../shared/model'
import { ANALYZER_VERSION, loadCatalog } from './analysis'
import { createAnalysisService, type AnalysisService } from './analysis/analysis-service'
import { createImageFacts } from './analysis/image-facts'
import type { EngineClient } from './engine/engine-api-types'
import type { Notices } from './notices'

export interface AnalysisWiringDeps {
  /** Where baseline-cache.sqlite lives. */
  cacheDir: string
  client: () => Promise<EngineClient>
  listImages: () => Promise<ImageList>
  getImage: (reference: string) => Promise<ImageDetail>
  notices: Notices
}

export interface LazyAnalysis {
  service(): AnalysisService
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
    cache = openCacheStore({
      directory: deps.cacheDir,
      analyzerVersion: ANALYZER_VERSION,
      log: () => undefined,
      // Problems found while opening arrive here too, so cache.notices is not read again.
      onNotice: (message) => deps.notices.add('warning', message),
    })
    const facts = createImageFacts({ client: deps.client, getImage: deps.getImage, cache })
    return createAnalysisService({ listImages: deps.listImages, facts, cache, catalog: loadCatalog() })
  }
  return {
    service: () => (service ??= open()),
    close: () => cache?.close(),
  }
}
