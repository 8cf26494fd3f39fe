import { ApiError } from '../../../shared/contract'
import type { Comparison, EngineStatus, ImageDetail, VariantAdvice } from '../../../shared/model'
import type { AdviceService } from '../advisor/advice-service'
import type { AnalysisService } from '../analysis/analysis-service'
import type { Catalog } from '../catalog/catalog'
import { buildComparison } from './build-comparison'
import { catalogueColumn, localColumn, type ColumnDraft } from './compared-image'

export interface ReportServiceDeps {
  analysis: () => AnalysisService
  advice: () => AdviceService
  getImage: (reference: string) => Promise<ImageDetail>
  engineStatus: () => Promise<EngineStatus>
  catalog: () => Catalog
  analyzerVersion: string
  appVersion: () => string
  now?: () => Date
}

export interface ReportService {
  /** One column per reference, in the order given; any number of references from one. */
  compare(references: readonly string[]): Promise<Comparison>
}

export function createReportService(deps: ReportServiceDeps): ReportService {
  const column = async (reference: string): Promise<ColumnDraft> => {
    const analysis = await deps.analysis().analyze(reference).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'IMAGE_NOT_FOUND') return null
      throw error
    })
    if (analysis === null) return catalogueOnly(reference)
    const detail = await deps.getImage(analysis.id)
    const advice = await quietly(deps.advice().suggest(analysis.id, false))
    return localColumn({ reference, analysis, detail, advice }, deps.catalog())
  }

  const catalogueOnly = async (reference: string): Promise<ColumnDraft> => {
    const entry = deps.catalog().byReference(reference)
    if (!entry) {
      throw new ApiError('IMAGE_NOT_FOUND', `No such image: ${reference} (not on this machine, and not in the catalogue)`, { reference })
    }
    const advice = await quietly(deps.advice().suggestFrom(reference, false))
    return catalogueColumn({ reference, entry, advice })
  }

  return {
    async compare(references) {
      const columns: ColumnDraft[] = []
      // One at a time: each analysis lists the engine, and a second list in parallel buys nothing.
      for (const reference of references) columns.push(await column(reference))
      return buildComparison({
        columns,
        generatedAt: (deps.now ?? (() => new Date()))(),
        analyzerVersion: deps.analyzerVersion,
        appVersion: deps.appVersion(),
        engine: engineOf(await deps.engineStatus()),
      })
    },
  }
}

/** Advice is a bonus in a comparison: a column without it still compares sizes and bases. */
function quietly(advice: Promise<VariantAdvice>): Promise<VariantAdvice | null> {
  return advice.catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'DOCKER_UNREACHABLE') throw error
    return null
  })
}

function engineOf(status: EngineStatus): Comparison['engine'] {
  if (status.state !== 'connected') return null
  const { endpoint, engineVersion, os, arch } = status.engine
  return { endpoint: endpoint.url, version: engineVersion, os, arch }
}
