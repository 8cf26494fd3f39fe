import type { ErrorPayload } from '../../../../shared/contract'
import type { ReportFormat } from '../../../../shared/model'

/** The formats offered, in this order; the buttons read "Export HTML", "Export PDF" … */
export const EXPORT_FORMATS: readonly { format: ReportFormat; label: string }[] = [
  { format: 'html', label: 'HTML' },
  { format: 'pdf', label: 'PDF' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
]

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; format: ReportFormat }
  | { status: 'saved'; format: ReportFormat; path: string }
  | { status: 'failed'; format: ReportFormat; error: ErrorPayload }

export function formatLabel(format: ReportFormat): string {
  return EXPORT_FORMATS.find((entry) => entry.format === format)?.label ?? format
}

/**
 * What the export came to. A cancelled dialog (path null) is no news: the person knows they
 * cancelled, so the line goes back to saying nothing.
 */
export function exportOutcome(format: ReportFormat, reply: { ok: true; value: { path: string | null } } | { ok: false; error: ErrorPayload }): ExportState {
  if (!reply.ok) return { status: 'failed', format, error: reply.error }
  return reply.value.path === null ? { status: 'idle' } : { status: 'saved', format, path: reply.value.path }
}

/** Said while the core renders and writes the report (a PDF takes a moment). */
export function runningText(format: ReportFormat): string {
  return `Exporting the ${formatLabel(format)} report…`
}
