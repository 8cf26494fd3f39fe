import { dirname } from 'node:path'
import { ApiError } from '../../../shared/contract'
import type { Comparison, ReportFormat } from '../../../shared/model'
import { writeAtomically } from '../files/write-atomically'
import { renderHtml } from './render-html'
import { renderReport, reportFileName } from './render-report'

/**
 * What only the shell can do for report.export: a native save dialog and Chromium's printToPDF.
 * Main supplies Electron's; the e2e harness a stand-in (Playwright cannot drive a native dialog).
 */
export interface ReportShell {
  /** The path the person chose, or null when they cancelled. `startFolder` null: the OS default. */
  chooseSavePath(suggestedFileName: string, startFolder: string | null): Promise<string | null>
  /** The self-contained HTML report printed to PDF bytes. */
  printToPdf(html: string): Promise<Uint8Array>
  /** true in browser mode: the "save path" is a temp file the page downloads, no folder to remember. */
  isDownload?: boolean
}

export interface ExportReportInput {
  /** Made only once the shell is known to be there: no work for a request that must fail. */
  compare: () => Promise<Comparison>
  format: ReportFormat
  /** Absent in the CLI, which writes reports itself. */
  shell: ReportShell | undefined
  lastFolder: string | null
  rememberFolder: (folder: string) => Promise<unknown>
}

/** Exported reports are documents to share: readable by others, as any saved file is. */
export const REPORT_FILE_MODE = 0o644

/** Asks where to save (starting in the last folder used), writes the report atomically, remembers the folder. */
export async function exportReport(input: ExportReportInput): Promise<{ path: string | null }> {
  const { shell, format } = input
  if (!shell) throw new ApiError('INVALID_REQUEST', 'exporting needs the app; use `baseline report`')
  const comparison = await input.compare()
  const path = await shell.chooseSavePath(reportFileName(comparison, format), input.lastFolder)
  if (path === null) return { path: null }
  const content = format === 'pdf' ? await shell.printToPdf(renderHtml(comparison)) : renderReport(comparison, format).content
  await writeAtomically(path, content, REPORT_FILE_MODE).catch((error: Error) => {
    throw new ApiError('INTERNAL', `could not write the report to ${path}: ${error.message}`)
  })
  await input.rememberFolder(dirname(path))
  return { path }
}
