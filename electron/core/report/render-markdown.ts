import type { ComparedImage, Comparison, ComparisonSection } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../shared/lib/display-text'
import { cellText, totalText } from './cell-text'
import { columnHeader, columnName, provenance, sizeDefinitions } from './report-text'
import { packagesMarkdown } from './package-section-render'
import { filesSectionBlocks, type SectionBlock } from './files-section'

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

/** Readable as plain text and rendered on GitHub / GitLab: the rows of the app's table, in its words. */
export function renderMarkdown(comparison: Comparison): string {
  const headers = ['', ...comparison.columns.map((_, index) => columnHeader(comparison, index))]
  const totals = comparison.totalRows.map((total) => [total.label, totalText(total)])
  return [
    '# Image comparison',
    '',
    `_${escapeMarkdownCell(provenance(comparison))}_`,
    '',
    ...comparison.sections.flatMap((section) => sectionLines(section, headers)),
    '## Across the compared images',
    '',
    tableOf(['Figure', 'Value'], totals, [1]),
    '',
    '## What the sizes mean',
    '',
    ...sizeDefinitions(comparison).map(({ label, help }) => `- **${escapeMarkdownCell(label)}**: ${escapeMarkdownCell(help)}`),
    '',
    ...(comparison.files ? ['## Files', '', ...filesSectionBlocks(comparison.files).flatMap(markdownBlock)] : []),
    ...packagesMarkdown(comparison, escapeMarkdownCell),
    '## Labels',
    '',
    ...comparison.images.flatMap((image, index) => labelSection(image, columnName(comparison, index))),
    '## Layers',
    '',
    ...comparison.images.flatMap((image, index) => layerSection(image, columnName(comparison, index))),
  ].join('\n')
}

function sectionLines(section: ComparisonSection, headers: string[]): string[] {
  const rows = section.rows.map((row) => [row.label, ...row.cells.map(cellText)])
  const note = section.note === null ? [] : [`_${escapeMarkdownCell(section.note)}_`, '']
  return [`## ${escapeMarkdownCell(section.title)}`, '', ...note, tableOf(headers, rows), '']
}

function markdownBlock(block: SectionBlock): string[] {
  if (block.kind === 'text') return [escapeMarkdownCell(block.text), '']
  return [`**${escapeMarkdownCell(block.caption)}**`, '', tableOf(block.headers, block.rows, block.numeric), '']
}

function heading(name: string): string {
  return `### ${escapeMarkdownCell(name)}`
}

function labelSection(image: ComparedImage, name: string): string[] {
  const entries = Object.entries(image.labels).sort(([a], [b]) => a.localeCompare(b))
  return [heading(name), '', entries.length === 0 ? 'No labels.' : tableOf(['Label', 'Value'], entries), '']
}

function layerSection(image: ComparedImage, name: string): string[] {
  if (image.source === 'catalogue') return [heading(name), '', 'Not on this machine: the catalogue lists no layers.', '']
  const rows = image.layers.map((layer) => [String(layer.index + 1), layer.owner, formatBytes(layer.sizeBytes), layer.createdBy])
  return [heading(name), '', tableOf(['#', 'Owner', 'Size, on disk', 'Step'], rows, [0, 2]), '']
}
