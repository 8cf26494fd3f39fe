import type { FileFacts, ImageList, VariantAdvice } from '../../../shared/model'
import type { AnalysisService } from '../analysis/analysis-service'
import type { Catalog } from '../catalog/catalog'
import { adviseForImage, adviseForReference } from './advise-entry'

export interface AdviceService {
  /** Smaller variants of a local image's base (or of the image itself when it is an official one). */
  suggest(reference: string, debugInProduction: boolean): Promise<VariantAdvice>
  /** Smaller variants of a bare reference; with no engine, from the catalogue alone. */
  suggestFrom(reference: string, debugInProduction: boolean): Promise<VariantAdvice>
}

export interface AdviceServiceDeps {
  analysis: () => AnalysisService
  listImages: () => Promise<ImageList>
  catalog: () => Catalog
  /** Facts of an image's file-level scan when one is cached; null otherwise. */
  fileFacts: (imageId: string) => FileFacts | null
}

/**
 * Advice reads the analysis (one snapshot: the image's analysis, its detail and the local images)
 * and never the other way round: the advisor depends on analysis, analysis knows nothing of it.
 */
export function createAdviceService(deps: AdviceServiceDeps): AdviceService {
  return {
    async suggest(reference, debugInProduction) {
      const { analysis, detail, localImages } = await deps.analysis().adviceSubject(reference)
      const fileFacts = deps.fileFacts(analysis.id)
      return adviseForImage({ analysis, detail, localImages, catalog: deps.catalog(), debugInProduction, fileFacts, scanFactsOf: deps.fileFacts })
    },
    async suggestFrom(reference, debugInProduction) {
      // Advice about a reference must not need the engine: local sizes are a bonus when it answers.
      const localImages = await deps.listImages().then((list) => list.images, () => [])
      return adviseForReference({ reference, localImages, catalog: deps.catalog(), debugInProduction })
    },
  }
}
