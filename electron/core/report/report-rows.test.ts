import { describe, expect, it } from 'vitest'
import type { Comparison } from '../../../shared/model'
import { renderReport } from './render-report'
import { parseCsv } from './test-support/parse-csv'
import { sampleComparison } from './test-support/sample-comparison'

/**
 * The drift guard: every format shows the rows of the one comparison model, in its order and its
 * words. A renderer that drops, renames, reorders or adds a row fails here.
 */
const comparison = sampleComparison()
const modelRows = comparison.sections.flatMap((section) => section.rows.map((row) => row.label))
const modelTotals = comparison.totalRows.map((total) => total.label)

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }
const unescapeHtml = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)

/** The first cell of every row of the Markdown tables under `## title`. */
function markdownTableLabels(markdown: string, title: string): string[] {
  const start = markdown.indexOf(`\n## ${title}\n`)
  const end = markdown.indexOf('\n## ', start + 1)
  const lines = markdown.slice(start, end === -1 ? undefined : end).split('\n').filter((line) => line.startsWith('| '))
  // Header line and rule line first; the label is the first cell of each row after them.
  return lines.slice(1).filter((line) => !/^\|[ -:|]+\|$/.test(line)).map((line) => line.slice(2).split(' | ')[0] ?? '')
}

describe('every report format shows the model\'s rows, in order and word for word', () => {
  it('has rows to check: the summary and the totals', () => {
    expect(modelRows.length).toBeGreaterThan(15)
    expect(modelTotals.length).toBe(4)
  })

  it('JSON', () => {
    const document = JSON.parse(renderReport(comparison, 'json').content) as Comparison
    expect(document.sections.flatMap((section) => section.rows.map((row) => row.label))).toEqual(modelRows)
    expect(document.totalRows.map((total) => total.label)).toEqual(modelTotals)
  })

  it('Markdown', () => {
    const markdown = renderReport(comparison, 'md').content
    expect(comparison.sections.flatMap((section) => markdownTableLabels(markdown, section.title))).toEqual(modelRows)
    expect(markdownTableLabels(markdown, 'Across the compared images')).toEqual(modelTotals)
  })

  it('CSV', () => {
    const rows = parseCsv(renderReport(comparison, 'csv').content).slice(1)
    const titles = new Set(comparison.sections.map((section) => section.title))
    expect(rows.filter((row) => titles.has(row[0] ?? '')).map((row) => row[2])).toEqual(modelRows)
    expect(rows.filter((row) => row[0] === 'Across the compared images').map((row) => row[2])).toEqual(modelTotals)
  })

  it('HTML (and so the PDF, printed from it)', () => {
    const html = renderReport(comparison, 'html').content
    const rowHeaders = [...html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => unescapeHtml(match[1] ?? ''))
    expect(rowHeaders).toEqual(modelRows)
    const totalsTable = html.slice(html.indexOf('<h2>Across the compared images</h2>'))
    const totals = [...totalsTable.matchAll(/<tr><td>([^<]*)<\/td>/g)].slice(0, modelTotals.length).map((match) => unescapeHtml(match[1] ?? ''))
    expect(totals).toEqual(modelTotals)
  })
})
