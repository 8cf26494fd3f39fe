import type { Comparison, RenderedReport } from '../../../shared/model'
import { renderCsv } from './render-csv'
import { renderHtml } from './render-html'
import { renderJson } from './render-json'
import { renderMarkdown } from './render-markdown'

export type TextFormat = RenderedReport['format']

const FORMATS: Record<TextFormat, { render: (comparison: Comparison) => string; extension: string; mimeType: string }> = {
  html: { render: renderHtml, extension: 'html', mimeType: 'text/html' },
  md: { render: renderMarkdown, extension: 'md', mimeType: 'text/markdown' },
  json: { render: renderJson, extension: 'json', mimeType: 'application/json' },
  csv: { render: renderCsv, extension: 'csv', mimeType: 'text/csv' },
}

/** "baseline-report-2026-05-04-1412.html": sorts by date in a folder, no characters any OS refuses. */
export function reportFileName(comparison: Comparison, extension: string): string {
  const stamp = comparison.generatedAt.slice(0, 16).replace('T', '-').replace(':', '')
  return `baseline-report-${stamp}.${extension}`
}

export function renderReport(comparison: Comparison, format: TextFormat): RenderedReport {
  const { render, extension, mimeType } = FORMATS[format]
  return { format, fileName: reportFileName(comparison, extension), mimeType, content: render(comparison) }
}
