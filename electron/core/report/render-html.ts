import type { ComparedImage, Comparison, ComparisonCell, ComparisonSection } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import { cellMain, cellNote, totalText } from './cell-text'
import { escapeHtml } from './escape-html'
import { packagesHtml } from './package-section-render'
import { REPORT_CSS } from './report-css'
import { filesSectionBlocks, type SectionBlock } from './files-section'
import { columnName, provenance, sizeDefinitions } from './report-text'
import { stackedBarChart } from './svg-chart'

/**
 * The strictest policy that still shows the report: inline styles, data: images, nothing else. No
 * script can run and nothing is fetched, even if escaping were ever to miss something.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

/** A self-contained page: opens offline, runs no script, prints to PDF as it looks. */
export function renderHtml(comparison: Comparison): string {
  const names = comparison.columns.map((column) => column.title)
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
    ...comparison.sections.map((rows) => section(rows.title, sideBySide(comparison, rows))),
    section('Size: base and own', chart(comparison)),
    section('Across the compared images', table(['Figure', 'Value'], comparison.totalRows.map((total) => [total.label, totalText(total)]), [1])),
    section('What the sizes mean', definitions(comparison)),
    section('Base and evidence', comparison.images.map((image, index) => evidence(image, columnName(comparison, index))).join('\n')),
    section('Labels', comparison.images.map((image, index) => labels(image, columnName(comparison, index))).join('\n')),
    comparison.files ? section('Files', filesSectionBlocks(comparison.files).map(htmlBlock).join('\n')) : '',
    packagesHtml(comparison),
    `<section class="layers"><h2>Layers</h2>${comparison.images.map((image, index) => layers(image, columnName(comparison, index))).join('\n')}</section>`,
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

/** A cell as the app shows it: the main words, and the note in small print. Every text escaped. */
function richCell(cell: ComparisonCell): string {
  const note = cellNote(cell)
  const main = `<span class="cell-main">${escapeHtml(cellMain(cell))}</span>`
  return note === null ? main : `${main}<span class="cell-note">${escapeHtml(note)}</span>`
}

/** One section of the side-by-side table: a header per column (the catalogue note under its name), a row per fact. */
function sideBySide(comparison: Comparison, rows: ComparisonSection): string {
  const heads = comparison.columns.map((column) =>
    `<th scope="col">${escapeHtml(column.title)}${column.subtitle === '' ? '' : `<span class="cell-note">${escapeHtml(column.subtitle)}</span>`}</th>`)
  const body = rows.rows.map((row) => {
    const cells = row.cells.map((cell) => `<td${cell.kind === 'size' || cell.kind === 'count' ? ' class="number"' : ''}>${richCell(cell)}</td>`)
    return `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells.join('')}</tr>`
  })
  const note = rows.note === null ? '' : `<p class="section-note">${escapeHtml(rows.note)}</p>\n`
  return `${note}<table class="side-by-side"><thead><tr><td></td>${heads.join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`
}

function definitions(comparison: Comparison): string {
  const items = sizeDefinitions(comparison).map(({ label, help }) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(help)}</dd>`)
  return `<dl class="definitions">${items.join('')}</dl>`
}

function chart(comparison: Comparison): string {
  const bars = comparison.images.map((image, index) => ({
    label: columnName(comparison, index),
    baseBytes: image.baseSizeBytes,
    ownBytes: image.ownSizeBytes,
  }))
  return stackedBarChart(bars, 'Size of each image: bytes inherited from its base and bytes it adds')
}

function evidence(image: ComparedImage, name: string): string {
  const hierarchy = image.base.hierarchy.length > 0 ? `${name} → ${image.base.hierarchy.join(' → ')}` : null
  return [
    `<h3>${escapeHtml(name)}</h3>`,
    `<div class="evidence">`,
    hierarchy === null ? '' : `<p>${escapeHtml(hierarchy)}</p>`,
    `<p>${escapeHtml(image.base.evidence)}</p>`,
    `<p>Pinning: <strong>${escapeHtml(image.pinning.class)}</strong>. ${escapeHtml(image.pinning.explanation)}</p>`,
    image.recommendation?.reason ? `<p>Recommendation: <code>${escapeHtml(image.recommendation.fromLine)}</code>. ${escapeHtml(image.recommendation.reason)}</p>` : '',
    '</div>',
  ].join('')
}

function labels(image: ComparedImage, name: string): string {
  const entries = Object.entries(image.labels).sort(([a], [b]) => a.localeCompare(b))
  const body = entries.length === 0 ? '<p>No labels.</p>' : table(['Label', 'Value'], entries)
  return `<h3>${escapeHtml(name)}</h3>\n${body}`
}

function layers(image: ComparedImage, name: string): string {
  const heading = `<h3>${escapeHtml(name)}</h3>`
  if (image.source === 'catalogue') return `${heading}\n<p>Not on this machine: the catalogue lists no layers.</p>`
  const rows = image.layers.map((layer): Cell[] => [
    String(layer.index + 1),
    { text: layer.owner, className: `owner-${layer.owner}` },
    formatBytes(layer.sizeBytes),
    { text: layer.createdBy, className: 'command' },
  ])
  return `${heading}\n${table(['#', 'Owner', 'Size, on disk', 'Step'], rows, [0, 2])}`
}
