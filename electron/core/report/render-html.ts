import type { ComparedImage, Comparison } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import { escapeHtml } from './escape-html'
import { REPORT_CSS } from './report-css'
import { filesSectionBlocks, type SectionBlock } from './files-section'
import { columnName, provenance, summaryRows, totalsRows, type SummaryRow } from './report-text'
import { stackedBarChart } from './svg-chart'

/**
 * The strictest policy that still shows the report: inline styles, data: images, nothing else. No
 * script can run and nothing is fetched, even if escaping were ever to miss something.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** A self-contained page: opens offline, runs no script, prints to PDF as it looks. */
export function renderHtml(comparison: Comparison): string {
  const names = comparison.images.map(columnName)
  const title = `Baseline report: ${names.join(', ')}`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    '<h1>Image comparison</h1>',
    `<p class="provenance">${escapeHtml(provenance(comparison))}</p>`,
    '</header>',
    section('Summary', sideBySide(names, summaryRows(comparison.images))),
    section('Size: base and own', chart(comparison)),
    section('Disk use', table(['Across the compared images', 'Bytes'], totalsRows(comparison).map((row) => [row.label, ...row.cells]), [1])),
    section('Base and evidence', comparison.images.map(evidence).join('\n')),
    comparison.files ? section('Files', filesSectionBlocks(comparison.files).map(htmlBlock).join('\n')) : '',
    section('Labels', comparison.images.map(labels).join('\n')),
    `<section class="layers"><h2>Layers</h2>${comparison.images.map(layers).join('\n')}</section>`,
    `<footer>${escapeHtml(provenance(comparison))}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

function htmlBlock(block: SectionBlock): string {
  if (block.kind === 'text') return `<p>${escapeHtml(block.text)}</p>`
  return `<h3>${escapeHtml(block.caption)}</h3>\n${table(block.headers, block.rows, block.numeric)}`
}

function section(heading: string, body: string): string {
  return `<section><h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`
}

/** A cell's text, and a class when it needs one (set by us, never from image data). */
type Cell = string | { text: string; className: string }

/** A table of plain-text cells; `numeric` columns align right. Every cell is escaped here. */
function table(headers: string[], rows: Cell[][], numeric: number[] = []): string {
  const cell = (tag: 'th' | 'td', value: Cell, column: number) => {
    const text = typeof value === 'string' ? value : value.text
    const classes = [numeric.includes(column) ? 'number' : '', typeof value === 'string' ? '' : value.className].filter(Boolean)
    return `<${tag}${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${escapeHtml(text)}</${tag}>`
  }
  const head = `<thead><tr>${headers.map((text, column) => cell('th', text, column)).join('')}</tr></thead>`
  const body = rows.map((row) => `<tr>${row.map((value, column) => cell('td', value, column)).join('')}</tr>`).join('\n')
  return `<table>${head}<tbody>${body}</tbody></table>`
}

function sideBySide(names: string[], rows: SummaryRow[]): string {
  return table(['', ...names], rows.map((row) => [row.label, ...row.cells]))
}

function chart(comparison: Comparison): string {
  const bars = comparison.images.map((image) => ({
    label: columnName(image),
    baseBytes: image.baseSizeBytes,
    ownBytes: image.ownSizeBytes,
  }))
  return stackedBarChart(bars, 'Size of each image: bytes inherited from its base and bytes it adds')
}

function evidence(image: ComparedImage): string {
  const hierarchy = image.base.hierarchy.length > 0 ? `${columnName(image)} → ${image.base.hierarchy.join(' → ')}` : null
  return [
    `<h3>${escapeHtml(columnName(image))}</h3>`,
    `<div class="evidence">`,
    hierarchy === null ? '' : `<p>${escapeHtml(hierarchy)}</p>`,
    `<p>${escapeHtml(image.base.evidence)}</p>`,
    `<p>Pinning: <strong>${escapeHtml(image.pinning.class)}</strong>. ${escapeHtml(image.pinning.explanation)}</p>`,
    image.recommendation?.reason ? `<p>Recommendation: <code>${escapeHtml(image.recommendation.fromLine)}</code>. ${escapeHtml(image.recommendation.reason)}</p>` : '',
    '</div>',
  ].join('')
}

function labels(image: ComparedImage): string {
  const entries = Object.entries(image.labels).sort(([a], [b]) => a.localeCompare(b))
  const body = entries.length === 0 ? '<p>No labels.</p>' : table(['Label', 'Value'], entries)
  return `<h3>${escapeHtml(columnName(image))}</h3>\n${body}`
}

function layers(image: ComparedImage): string {
  const heading = `<h3>${escapeHtml(columnName(image))}</h3>`
  if (image.source === 'catalogue') return `${heading}\n<p>Not on this machine: the catalogue lists no layers.</p>`
  const rows = image.layers.map((layer): Cell[] => [
    String(layer.index + 1),
    { text: layer.owner, className: `owner-${layer.owner}` },
    formatBytes(layer.sizeBytes),
    { text: layer.createdBy, className: 'command' },
  ])
  return `${heading}\n${table(['#', 'Owner', 'Size', 'Step'], rows, [0, 2])}`
}
