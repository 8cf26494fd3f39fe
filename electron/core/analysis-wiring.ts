import type { ImageDetail, ImageList } from '../../shared/model'
import { createAnalysisService, type AnalysisService } from './analysis/analysis-service'
import { createImageFacts } from './analysis/image-facts'
import type { LazyCache } from './cache-wiring'
import { loadCatalog } from './catalog/catalog'
import type { EngineClient } from './engine/engine-api-types'

export interface AnalysisWiringDeps {
  cache: LazyCache
  client: () => Promise<EngineClient>
  /** The snapshot's listing (never the disk use: no analysis shows it). */
  snapshot: () => Promise<ImageList>
  getImage: (reference: string) => Promise<ImageDetail>
}

/**
 * The analysis is built on its first use, not at start-up: `baseline images` must not pay for
 * loading a 170 kB catalogue it does not use.
 */
export function createLazyAnalysis(deps: AnalysisWiringDeps): () => AnalysisService {
  let service: AnalysisService | null = null
  const open = (): AnalysisService => {
    const cache = deps.cache.cache()
    const facts = createImageFacts({ client: deps.client, getImage: deps.getImage, facts: deps.cache.facts(), cache })
    return createAnalysisService({ listImages: deps.snapshot, facts, cache, catalog: loadCatalog() })
  }
  return () => (service ??= open())
}
