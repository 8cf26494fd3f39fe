import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import { ApiError } from '../../../shared/contract'
import { findChromium, printPdf } from '../report/chromium-pdf'
import type { ReportShell } from '../services'

/** Where the page fetches a prepared report: /downloads/<id>/<file name>. */
export const DOWNLOAD_PREFIX = '/downloads/'

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
}

/** A report waits this long for the page to fetch it; then it is removed unread. */
const KEEP_MS = 10 * 60 * 1000

export interface Download {
  fileName: string
  mimeType: string
  body: Buffer
}

/**
 * report.export in a browser: there is no save dialog to open on the server's screen, so the core
 * writes the report into a private temp folder and the page downloads it from there, once, with
 * its file name and type — the browser then saves it where the person keeps downloads.
 */
export interface DownloadShell extends ReportShell {
  /** The download address of a file this shell handed out as a save path; null for any other path. */
  urlFor(path: string): string | null
  /** The prepared file for a download address, removed as it is handed over; null when unknown. */
  take(urlPath: string): Promise<Download | null>
  dispose(): Promise<void>
}

export async function createDownloadShell(env: NodeJS.ProcessEnv): Promise<DownloadShell> {
  // mkdtemp: owner-only, so other users of the machine cannot read the reports waiting there.
  const root = await mkdtemp(join(tmpdir(), 'baseline-ui-downloads-'))
  const byPath = new Map<string, string>()
  const remove = (id: string) => rm(join(root, id), { recursive: true, force: true })
  return {
    isDownload: true,
    async chooseSavePath(suggestedFileName) {
      const id = randomBytes(16).toString('hex')
      await mkdir(join(root, id))
      const path = join(root, id, basename(suggestedFileName))
      byPath.set(path, id)
      setTimeout(() => void remove(id), KEEP_MS).unref()
      return path
    },
    async printToPdf(html) {
      // The same local-Chromium path as `baseline report --format pdf`, with its error when none is found.
      const chromium = findChromium(env)
      if (!chromium.ok) throw new ApiError('INTERNAL', chromium.error)
      return printPdf(chromium.path, html)
    },
    urlFor(path) {
      const id = byPath.get(path)
      return id === undefined ? null : `${DOWNLOAD_PREFIX}${id}/${encodeURIComponent(basename(path))}`
    },
    async take(urlPath) {
      const match = /^\/downloads\/([0-9a-f]{32})\/[^/]+$/.exec(urlPath)
      const id = match?.[1]
      const path = [...byPath].find(([, known]) => known === id)?.[0]
      if (id === undefined || path === undefined) return null
      byPath.delete(path)
      try {
        const body = await readFile(path)
        return { fileName: basename(path), mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream', body }
      } catch {
        return null
      } finally {
        await remove(id)
      }
    },
    async dispose() {
      byPath.clear()
      await rm(root, { recursive: true, force: true })
    },
  }
}

