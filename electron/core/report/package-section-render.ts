import type { Comparison } from '../../../shared/model'
import { escapeHtml } from './escape-html'
import { DIFF_CSV_HEADER, diffRows, diffSummary, inventoryLines } from './package-section-text'
import { columnName } from './report-text'

/**
 * The packages section in each format, summarised in HTML and Markdown (the first names of each
 * list), in full in CSV; JSON carries the section as it is. Empty when the comparison has none.
 */
export function packagesHtml(comparison: Comparison): string {
  const section = comparison.packages
  if (section === undefined) return ''
  const rows = (cells: string[][], tag = 'td'): string => cells.map((row) => `<tr>${row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`).join('\n')
  const counts = `<table><tbody>${rows(inventoryLines(section, comparison.images.map((_, index) => columnName(comparison, index))))}</tbody></table>`
  const diffs = section.diffs.map((diff) => {
    const summary = diffSummary(diff)
    return `<h3>${escapeHtml(summary.title)}</h3>\n<table><thead>${rows([['', 'Packages', 'Names']], 'th')}</thead><tbody>${rows(summary.rows)}</tbody></table>`
  })
  return `<section class="packages"><h2>Packages</h2>\n${counts}\n${diffs.join('\n')}\n<p>The full lists are in the JSON and CSV reports.</p></section>`
}

export function packagesMarkdown(comparison: Comparison, cell: (text: string) => string): string[] {
  const section = comparison.packages
  if (section === undefined) return []
  const table = (headers: string[], body: string[][]): string[] => [
    `| ${headers.map(cell).join(' | ')} |`,
    `|${headers.map(() => ' --- ').join('|')}|`,
    ...body.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ]
  const lines = ['## Packages', '', ...table(['Image', 'Packages'], inventoryLines(section, comparison.images.map((_, index) => columnName(comparison, index)))), '']
  for (const diff of section.diffs) {
    const summary = diffSummary(diff)
    lines.push(`### ${cell(summary.title)}`, '', ...table(['', 'Packages', 'Names'], summary.rows), '')
  }
  return [...lines, '_The full lists are in the JSON and CSV reports._', '']
}

/** A second table after a blank line: one row per package that differs between the first image and another. */
export function packagesCsv(comparison: Comparison, field: (value: string) => string): string {
  const diffs = comparison.packages?.diffs ?? []
  if (diffs.length === 0) return ''
  const rows = [DIFF_CSV_HEADER, ...diffs.flatMap(diffRows)]
  return `\r\n${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`
}
