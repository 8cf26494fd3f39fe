import { escapeForDisplay } from '../../../shared/lib/display-text'
import type { ComparedImage, Comparison } from '../../../shared/model'
import { FILES_CSV_HEADERS, filesCsvRows } from './files-section'

type Value = string | number | boolean | null

/** One column of the CSV: its header and how to read it from an image (and the report). */
const COLUMNS: [string, (image: ComparedImage, comparison: Comparison) => Value][] = [
  ['reference', (image) => image.reference],
  ['source', (image) => image.source],
  ['id', (image) => image.id],
  ['tags', (image) => image.tags.join(' ')],
  ['createdAt', (image) => image.createdAt],
  ['sizeBytes', (image) => image.sizeBytes],
  ['baseSizeBytes', (image) => image.baseSizeBytes],
  ['ownSizeBytes', (image) => image.ownSizeBytes],
  ['layerCount', (image) => image.layerCount],
  ['sharedLayerCount', (image) => image.sharedLayerCount],
  ['sharedBytes', (image) => image.sharedBytes],
  ['baseReference', (image) => image.base.reference],
  ['baseHierarchy', (image) => image.base.hierarchy.join(' > ')],
  ['baseMethod', (image) => image.base.method],
  ['baseConfidence', (image) => image.base.confidence],
  ['pinning', (image) => image.pinning.class],
  ['baseMoved', (image) => image.baseMoved],
  ['os', (image) => image.os],
  ['libc', (image) => image.libc],
  ['recommendedFrom', (image) => image.recommendation?.fromLine ?? null],
  ['recommendedSizeBytes', (image) => image.recommendation?.sizeBytes ?? null],
  ['recommendedDeltaBytes', (image) => image.recommendation?.deltaBytes ?? null],
  // Each row says how it was made: a spreadsheet keeps rows, not the file they came from.
  ['generatedAt', (_, comparison) => comparison.generatedAt],
  ['engine', (_, comparison) => (comparison.engine ? `${comparison.engine.version} ${comparison.engine.endpoint}` : null)],
  ['analyzerVersion', (_, comparison) => comparison.analyzerVersion],
  ['appVersion', (_, comparison) => comparison.appVersion],
]

/**
 * A text that a spreadsheet would run as a formula (= + - @, and tab / CR, which some read as the
 * start of one) gets a leading quote (OWASP "CSV injection"). Numbers we wrote are left alone.
 */
export function guardFormula(value: Value): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** RFC 4180: a field holding a quote, a comma or a line break is quoted, its quotes doubled. */
export function csvField(raw: string): string {
  const text = escapeForDisplay(raw, { keepLineBreaks: true })
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A header row, then one row per compared image; CRLF line ends as RFC 4180 has them. */
export function renderCsv(comparison: Comparison): string {
  const header = COLUMNS.map(([name]) => name)
  const rows = comparison.images.map((image) => COLUMNS.map(([, read]) => csvField(guardFormula(read(image, comparison)))))
  // Two images compared file by file: every difference follows as a second table, after a blank line.
  const files = comparison.files ? ['', FILES_CSV_HEADERS.join(','), ...filesCsvRows(comparison.files).map((row) => row.map((value) => csvField(guardFormula(value))).join(','))] : []
  return [...[header, ...rows].map((row) => row.join(',')), ...files].join('\r\n') + '\r\n'
}
