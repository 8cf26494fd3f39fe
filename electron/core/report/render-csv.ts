import { escapeForDisplay } from '../../../shared/lib/display-text'
import type { Comparison } from '../../../shared/model'
import { cellValue } from './cell-text'
import { packagesCsv } from './package-section-render'
import { provenance } from './report-text'
import { FILES_CSV_HEADERS, filesCsvRows } from './files-section'

type Value = string | number | null

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

/** The header of the CSV: section, row key and label, then one column per compared image. */
export const CSV_LEAD = ['section', 'key', 'row'] as const

/**
 * The app's table as a spreadsheet: one line per row of each section, in the same order and words,
 * one column per image; figures as exact numbers (bytes), a missing fact empty. Then the totals,
 * and a last line saying how it was made (a spreadsheet keeps rows, not the file they came from).
 * CRLF line ends, as RFC 4180 has them.
 */
export function renderCsv(comparison: Comparison): string {
  const width = CSV_LEAD.length + comparison.columns.length
  // Every line as wide as the header (RFC 4180): a total or the provenance fills the first image column.
  const line = (values: Value[]) =>
    [...values, ...Array<Value>(Math.max(0, width - values.length)).fill(null)].map((value) => csvField(guardFormula(value))).join(',')
  const header = line([...CSV_LEAD, ...comparison.columns.map((column) => column.title)])
  const rows = comparison.sections.flatMap((section) =>
    section.rows.map((row) => line([section.title, row.key, row.label, ...row.cells.map(cellValue)])))
  const totals = comparison.totalRows.map((total) => line(['Across the compared images', total.key, total.label, total.value]))
  const made = line(['Report', 'provenance', 'Made', provenance(comparison)])
  // The packages, when compared images were scanned: a second table after a blank line.
  const packages = packagesCsv(comparison, (value) => csvField(guardFormula(value)))
  // Two images compared file by file: every difference follows as another table, after a blank line.
  const files = comparison.files ? ['', FILES_CSV_HEADERS.join(','), ...filesCsvRows(comparison.files).map((row) => row.map((value) => csvField(guardFormula(value))).join(','))] : []
  return [header, ...rows, ...totals, made, ...files].join('\r\n') + '\r\n' + packages
}
