import type { ComparedImage, Comparison } from '../../../shared/model'
import { comparisonColumns } from './comparison-columns'
import { totalRows } from './comparison-totals'
import type { ColumnDraft } from './compared-image'
import { summarySection } from './summary-section'

export interface ComparisonInput {
  /** In the order the user asked for them. */
  columns: ColumnDraft[]
  generatedAt: Date
  analyzerVersion: string
  appVersion: string
  engine: Comparison['engine']
}

/**
 * The one object every view and export is drawn from: the facts, and the table made of them once
 * (columns, sections of rows, totals) so that the app and every report say the same in the same
 * words. Sharing is by diff ID: a layer used by several compared images is stored once on disk, so
 * it counts once in `uniqueBytes`.
 */
export function buildComparison(input: ComparisonInput): Comparison {
  const users = new Map<string, number>()
  for (const column of input.columns) {
    for (const diffId of column.diffIdSizes.keys()) users.set(diffId, (users.get(diffId) ?? 0) + 1)
  }
  let savedBySharingBytes = 0
  const sizeOf = new Map<string, number>()
  for (const column of input.columns) for (const [diffId, size] of column.diffIdSizes) sizeOf.set(diffId, size)
  for (const [diffId, count] of users) savedBySharingBytes += (sizeOf.get(diffId) ?? 0) * (count - 1)

  const images = input.columns.map((column) => withSharing(column, users))
  const sizeBytes = images.reduce((sum, image) => sum + (image.sizeBytes ?? 0), 0)
  const totals = {
    sizeBytes,
    uniqueBytes: sizeBytes - savedBySharingBytes,
    savedBySharingBytes,
    uniqueLayerCount: users.size,
  }
  return {
    schemaVersion: 2,
    generatedAt: input.generatedAt.toISOString(),
    analyzerVersion: input.analyzerVersion,
    appVersion: input.appVersion,
    engine: input.engine,
    images,
    totals,
    ...comparisonTable(images, totals, input.engine),
  }
}

/** The table people read, made once from the facts: headers, sections of rows, totals. */
export function comparisonTable(
  images: readonly ComparedImage[],
  totals: Comparison['totals'],
  engine: Comparison['engine'],
): Pick<Comparison, 'columns' | 'sections' | 'totalRows'> {
  return {
    columns: comparisonColumns(images),
    sections: [summarySection(images, { imageStore: engine?.imageStore ?? null })],
    totalRows: totalRows(totals),
  }
}

function withSharing(column: ColumnDraft, users: Map<string, number>): ComparedImage {
  const { diffIdSizes, ...image } = column
  let sharedLayerCount = 0
  let sharedBytes = 0
  for (const [diffId, size] of diffIdSizes) {
    if ((users.get(diffId) ?? 0) < 2) continue
    sharedLayerCount += 1
    sharedBytes += size
  }
  return { ...image, sharedLayerCount, sharedBytes }
}
