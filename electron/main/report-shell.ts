import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, dialog, session, type FileFilter, type Session } from 'electron'
import type { ReportShell } from '../core/services'

const FILTERS: Readonly<Record<string, FileFilter>> = {
  '.html': { name: 'HTML report', extensions: ['html', 'htm'] },
  '.pdf': { name: 'PDF document', extensions: ['pdf'] },
  '.md': { name: 'Markdown', extensions: ['md'] },
  '.json': { name: 'JSON', extensions: ['json'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
}

/** Chromium refuses data: URLs past about 2 MB (ENVIRONMENT.md); a report that big goes through a temp file. */
const MAX_DATA_URL_CHARS = 1_900_000

/** An in-memory session (no "persist:"): the printing window keeps nothing and reaches nothing. */
const PRINT_PARTITION = 'baseline-report-print'

/** The native save dialog and Chromium's printToPDF, for the core's report.export. */
export function createReportShell(parentWindow: () => BrowserWindow | undefined): ReportShell {
  return {
    async chooseSavePath(suggestedFileName, startFolder) {
      const filter = FILTERS[extname(suggestedFileName).toLowerCase()]
      const options = {
        title: 'Save report',
        defaultPath: startFolder ? join(startFolder, suggestedFileName) : suggestedFileName,
        filters: [...(filter ? [filter] : []), { name: 'All files', extensions: ['*'] }],
      }
      const window = parentWindow()
      const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
      return choice.canceled || !choice.filePath ? null : choice.filePath
    },
    printToPdf,
  }
}

/** Reports too big for a data: URL, as temp files the printing windows may load while they print. */
const allowedFiles = new Set<string>()

let printSession: Session | null = null

/** Only the report itself loads: no network, no permissions, whatever its HTML names. */
function offlineSession(): Session {
  if (printSession) return printSession
  printSession = session.fromPartition(PRINT_PARTITION)
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith('data:') || allowedFiles.has(details.url)) })
  })
  printSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false))
  return printSession
}

/** The self-contained report in a hidden, sandboxed window with JavaScript off, printed, then gone. */
async function printToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: offlineSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      // A middle-click on a link must not open anything (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  let tempDir: string | null = null
  let fileUrl: string | null = null
  try {
    const encoded = Buffer.from(html, 'utf8').toString('base64')
    if (encoded.length <= MAX_DATA_URL_CHARS) {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${encoded}`)
    } else {
      tempDir = await mkdtemp(join(tmpdir(), 'baseline-report-'))
      const file = join(tempDir, 'report.html')
      await writeFile(file, html, 'utf8')
      fileUrl = pathToFileURL(file).href
      allowedFiles.add(fileUrl)
      await window.loadURL(fileUrl)
    }
    return await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' })
  } finally {
    if (fileUrl) allowedFiles.delete(fileUrl)
    window.destroy()
    if (tempDir) await rm(tempDir, { recursive: true, force: true })
  }
}
