import type { ComparedImage, Comparison } from '../../../shared/model'
import { formatBytes, shortId } from '../../../shared/lib/bytes'

/** What every report states about itself: when, from which engine, by which analyzer and app version. */
export function provenance(comparison: Comparison): string {
  const engine = comparison.engine
    ? `Docker Engine ${comparison.engine.version} (${comparison.engine.os}/${comparison.engine.arch}) at ${comparison.engine.endpoint}`
    : 'no engine (catalogue figures only)'
  return `Generated ${comparison.generatedAt} from ${engine} by Baseline ${comparison.appVersion}, analyzer version ${comparison.analyzerVersion}.`
}

/** The name a column goes by: the reference the user gave. */
export function columnName(image: ComparedImage): string {
  return image.reference
}

/** One row of the side-by-side table: a label and one plain-text cell per image. */
export interface SummaryRow {
  label: string
  cells: string[]
}

const signed = (bytes: number) => (bytes > 0 ? `+${formatBytes(bytes)}` : formatBytes(bytes))

function recommendationText(image: ComparedImage): string {
  const pick = image.recommendation
  if (!pick) return 'none'
  const size = pick.sizeBytes === null ? '' : `, ${formatBytes(pick.sizeBytes)}`
  const delta = pick.deltaBytes === null ? '' : ` (${signed(pick.deltaBytes)})`
  return `${pick.fromLine}${size}${delta}`
}

function baseText(image: ComparedImage): string {
  if (image.source === 'catalogue') return 'an official base image itself'
  if (image.base.reference === null) return image.base.method === 'none' ? 'unknown' : 'untagged image'
  return image.base.reference
}

function detectedBy(image: ComparedImage): string {
  if (image.base.method === 'none') return image.source === 'catalogue' ? 'catalogue entry' : 'not found'
  return `${image.base.method}, confidence ${Math.round(image.base.confidence * 100)}%`
}

function movedText(moved: boolean | null): string {
  if (moved === null) return 'unknown'
  return moved ? 'yes: a rebuild would pick up the newer base' : 'no'
}

/** The rows every format shows side by side, in the same order and words. */
export function summaryRows(images: readonly ComparedImage[]): SummaryRow[] {
  const row = (label: string, cell: (image: ComparedImage) => string): SummaryRow => ({ label, cells: images.map(cell) })
  return [
    row('Source', (image) => (image.source === 'local' ? 'on this machine (measured)' : 'catalogue (not on this machine)')),
    row('Image ID', (image) => (image.id === null ? '—' : shortId(image.id))),
    row('Tags', (image) => (image.tags.length === 0 ? 'untagged' : image.tags.join(', '))),
    row('Created', (image) => image.createdAt ?? 'unknown'),
    row('Size', (image) => formatBytes(image.sizeBytes)),
    row('Base bytes', (image) => formatBytes(image.baseSizeBytes)),
    row('Own bytes', (image) => formatBytes(image.ownSizeBytes)),
    row('Layers', (image) => String(image.layerCount)),
    row('Shared layers', (image) => `${image.sharedLayerCount} (${formatBytes(image.sharedBytes)})`),
    row('Base', baseText),
    row('Hierarchy', (image) => (image.base.hierarchy.length === 0 ? '—' : image.base.hierarchy.join(' → '))),
    row('Detected by', detectedBy),
    row('Pinning', (image) => image.pinning.class),
    row('Base moved', (image) => movedText(image.baseMoved)),
    row('OS', (image) => image.os ?? 'unknown'),
    row('libc', (image) => image.libc),
    row('Recommendation', recommendationText),
  ]
}

/** The disk figures across all compared images. */
export function totalsRows(comparison: Comparison): SummaryRow[] {
  const { totals } = comparison
  return [
    { label: 'Sum of image sizes', cells: [formatBytes(totals.sizeBytes)] },
    { label: 'Stored on disk (shared layers once)', cells: [formatBytes(totals.uniqueBytes)] },
    { label: 'Saved by sharing layers', cells: [formatBytes(totals.savedBySharingBytes)] },
    { label: 'Distinct layers', cells: [String(totals.uniqueLayerCount)] },
  ]
}
