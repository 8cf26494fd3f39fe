import { ApiError } from '../../../shared/contract'
import type { Comparison, EngineStatus, FileComparison, ImageDetail, LayerScan, PackageInventory, VariantAdvice } from '../../../shared/model'
import type { AdviceService } from '../advisor/advice-service'
import type { AnalysisService } from '../analysis/analysis-service'
import type { Catalog } from '../catalog/catalog'
import { buildComparison } from './build-comparison'
import { catalogueColumn, localColumn, type ColumnDraft } from './compared-image'
import { buildPackageSection } from './package-section'

export interface ReportServiceDeps {
  analysis: () => AnalysisService
  advice: () => AdviceService
  getImage: (reference: string) => Promise<ImageDetail>
  engineStatus: () => Promise<EngineStatus>
  catalog: () => Catalog
  /** The cached file-level scan of an image, if one was made (no engine call); absent: none is read. */
  scanOf?: (imageId: string) => LayerScan | null
  analyzerVersion: string
  appVersion: () => string
  /** Two scanned images file by file (the layers module); rejects when either is not scanned. */
  compareFiles?: (from: string, to: string) => Promise<FileComparison>
  now?: () => Date
  /** The packages of a scanned image by ID; null when it was not scanned. Absent: no packages section. */
  packages?: (imageId: string) => Promise<PackageInventory | null>
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
    const scannedFileBytes = deps.scanOf?.(analysis.id)?.totalBytes ?? null
    return localColumn({ reference, analysis, detail, advice, scannedFileBytes }, deps.catalog())
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
      const comparison = buildComparison({
        columns,
        generatedAt: (deps.now ?? (() => new Date()))(),
        analyzerVersion: deps.analyzerVersion,
        appVersion: deps.appVersion(),
        engine: engineOf(await deps.engineStatus()),
      })
      const withPackageSection = await withPackages(comparison, columns, deps.packages)
      const files = await fileSection(columns, deps.compareFiles)
      return files === null ? withPackageSection : { ...withPackageSection, files }
    },
  }
}

/** A packages section only when at least one compared image was scanned: scanning is the user's call. */
async function withPackages(comparison: Comparison, columns: readonly ColumnDraft[], packages: ReportServiceDeps['packages']): Promise<Comparison> {
  if (packages === undefined) return comparison
  const scanned = []
  for (const column of columns) scanned.push({ reference: column.reference, inventory: column.id === null ? null : await packages(column.id) })
  return scanned.some((column) => column.inventory !== null) ? { ...comparison, packages: buildPackageSection(scanned) } : comparison
}

/**
 * Two local images, both scanned: the larger first, so "removed" reads as what moving to the
 * smaller one loses. Any other case (one image, three, a catalogue column, not scanned) has none.
 */
async function fileSection(columns: readonly ColumnDraft[], compareFiles: ReportServiceDeps['compareFiles']): Promise<FileComparison | null> {
  if (!compareFiles || columns.length !== 2 || columns.some((column) => column.source !== 'local')) return null
  const [larger, smaller] = [...columns].sort((a, b) => (b.sizeBytes ?? 0) - (a.sizeBytes ?? 0)) as [ColumnDraft, ColumnDraft]
  return compareFiles(larger.reference, smaller.reference).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === 'INVALID_INPUT') return null
    throw error
  })
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
  const { endpoint, engineVersion, os, arch, title, imageStore } = status.engine
  return { endpoint: endpoint.url, version: engineVersion, os, arch, title, imageStore }
}
