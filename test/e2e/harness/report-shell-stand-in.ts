import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import type { ReportShell } from '../../../electron/core/services'

/** One call of the save dialog, as a test reads it back. */
export interface SaveDialogCall {
  suggestedFileName: string
  /** Where the dialog was asked to start: the folder the core remembered, or null the first time. */
  startFolder: string | null
  /** What "the person" chose; null when the test made them cancel. */
  path: string | null
}

export interface ReportShellStandIn extends ReportShell {
  /** Every save dialog the core opened, in order. */
  readonly calls: readonly SaveDialogCall[]
  /** The next dialog is cancelled, as a person pressing Escape would. */
  cancelNext(): void
  dispose(): Promise<void>
}

/**
 * What main's report-shell.ts does with Electron, done without it. Playwright cannot drive a native
 * dialog, so "the person" picks a new folder under a per-test temp folder each time (a fresh one,
 * not the start folder: a test can then tell that the next dialog starts where the last file went).
 * The PDF is printed by the same Chromium, JavaScript off and offline as in main, so the real core
 * and the real report renderers run end to end.
 */
export async function createReportShellStandIn(browser: Browser): Promise<ReportShellStandIn> {
  const root = await mkdtemp(join(tmpdir(), 'baseline-e2e-reports-'))
  const calls: SaveDialogCall[] = []
  let cancel = false
  return {
    calls,
    cancelNext() {
      cancel = true
    },
    async chooseSavePath(suggestedFileName, startFolder) {
      let path: string | null = null
      if (!cancel) {
        const folder = join(root, `chosen-${calls.length + 1}`)
        await mkdir(folder, { recursive: true })
        path = join(folder, suggestedFileName)
      }
      cancel = false
      calls.push({ suggestedFileName, startFolder, path })
      return path
    },
    async printToPdf(html) {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
      try {
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        return await page.pdf({ format: 'A4', printBackground: true })
      } finally {
        await context.close()
      }
    },
    async dispose() {
      await rm(root, { recursive: true, force: true })
    },
  }
}
