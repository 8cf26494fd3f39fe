import { execFile } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome']
const PRINT_TIMEOUT_MS = 120_000

export type ChromiumLookup = { ok: true; path: string } | { ok: false; error: string }

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** BASELINE_CHROMIUM first (a path), then the usual names on PATH; the error names all it tried. */
export function findChromium(env: NodeJS.ProcessEnv): ChromiumLookup {
  const chosen = env.BASELINE_CHROMIUM
  if (chosen !== undefined && chosen !== '') {
    return isExecutable(chosen)
      ? { ok: true, path: chosen }
      : { ok: false, error: `BASELINE_CHROMIUM is ${chosen}, which is not an executable file` }
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '')
  for (const name of CHROMIUM_NAMES) {
    const found = folders.map((folder) => join(folder, name)).find(isExecutable)
    if (found) return { ok: true, path: found }
  }
  return {
    ok: false,
    error:
      `no Chromium found to print the PDF: looked for BASELINE_CHROMIUM (not set), then ${CHROMIUM_NAMES.join(', ')} on PATH. ` +
      'Install Chromium or Chrome, or set BASELINE_CHROMIUM=/path/to/chrome; or write --format html and print it from a browser.',
  }
}

/**
 * The HTML report printed by a headless Chromium, the same engine as the app's printToPDF. The page
 * goes to a private temp folder (mkdtemp: owner only) with a throwaway profile; the folder is
 * removed whatever happens.
 */
export async function printPdf(chromium: string, html: string): Promise<Buffer> {
  const folder = await mkdtemp(join(tmpdir(), 'baseline-pdf-'))
  try {
    const page = join(folder, 'report.html')
    const pdf = join(folder, 'report.pdf')
    await writeFile(page, html, 'utf8')
    await run(chromium, [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(folder, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      pathToFileURL(page).href,
    ], { timeout: PRINT_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 })
    return await readFile(pdf)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
