import type { ComparedImage, Comparison } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../shared/lib/display-text'
import { filesSectionBlocks, type SectionBlock } from './files-section'
import { columnName, provenance, summaryRows, totalsRows } from './report-text'

/**
 * A table cell that cannot break its table or turn into markup: backslashes first (so one at the
 * end cannot escape our pipe), then pipes and backticks; < and > as entities (GitHub would render
 * raw HTML), newlines as <br> (a line break ends a Markdown table row).
 */
export function escapeMarkdownCell(text: string): string {
  return escapeForDisplay(text, { keepLineBreaks: true })
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/`/g, '\\`')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n|\r|\n/g, '<br>')
}

function tableOf(headers: string[], rows: string[][], numeric: number[] = []): string {
  const line = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`
  const rule = `|${headers.map((_, column) => (numeric.includes(column) ? ' ---: ' : ' --- ')).join('|')}|`
  return [line(headers), rule, ...rows.map(line)].join('\n')
}

/** Readable as plain text and rendered on GitHub / GitLab: same rows as the HTML report. */
export function renderMarkdown(comparison: Comparison): string {
  const names = comparison.images.map(columnName)
  const summary = summaryRows(comparison.images).map((row) => [row.label, ...row.cells])
  const totals = totalsRows(comparison).map((row) => [row.label, ...row.cells])
  return [
    '# Image comparison',
    '',
    `_${escapeMarkdownCell(provenance(comparison))}_`,
    '',
    '## Summary',
    '',
    tableOf(['', ...names], summary),
    '',
    '## Disk use',
    '',
    tableOf(['Across the compared images', 'Bytes'], totals, [1]),
    '',
    ...(comparison.files ? ['## Files', '', ...filesSectionBlocks(comparison.files).flatMap(markdownBlock)] : []),
    '## Labels',
    '',
    ...comparison.images.flatMap(labelSection),
    '## Layers',
    '',
    ...comparison.images.flatMap(layerSection),
  ].join('\n')
}

function markdownBlock(block: SectionBlock): string[] {
  if (block.kind === 'text') return [escapeMarkdownCell(block.text), '']
  return [`**${escapeMarkdownCell(block.caption)}**`, '', tableOf(block.headers, block.rows, block.numeric), '']
}

function heading(image: ComparedImage): string {
  return `### ${escapeMarkdownCell(columnName(image))}`
}

function labelSection(image: ComparedImage): string[] {
  const entries = Object.entries(image.labels).sort(([a], [b]) => a.localeCompare(b))
  return [heading(image), '', entries.length === 0 ? 'No labels.' : tableOf(['Label', 'Value'], entries), '']
}

function layerSection(image: ComparedImage): string[] {
  if (image.source === 'catalogue') return [heading(image), '', 'Not on this machine: the catalogue lists no layers.', '']
  const rows = image.layers.map((layer) => [String(layer.index + 1), layer.owner, formatBytes(layer.sizeBytes), layer.createdBy])
  return [heading(image), '', tableOf(['#', 'Owner', 'Size', 'Step'], rows, [0, 2]), '']
}
