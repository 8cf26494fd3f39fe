import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliEnv, runBaseline } from './support/baseline-cli'
import { noDocker } from './support/daemon'
import { inkStats, readPng } from './support/png'
import { createReportWorkspace, printedSize, REPORT_IMAGES, type ReportWorkspace } from './support/report-images'

const run = promisify(execFile)
/** pdftotext breaks lines anywhere a table cell wraps: compare with all whitespace as one space. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ')

describe.skipIf(noDocker)('the PDF report, printed by a local Chromium', () => {
  let workspace: ReportWorkspace
  let pdf: string
  let firstPageText: string

  beforeAll(async () => {
    workspace = createReportWorkspace()
    pdf = join(workspace.out, 'report.pdf')
    const result = await workspace.home.run(['report', ...REPORT_IMAGES, '--format', 'pdf', '-o', pdf])
    expect(result.exitCode, result.stderr).toBe(0)
    firstPageText = squeeze((await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-'])).stdout)
  })
  afterAll(() => workspace?.remove())

  it('writes a PDF file', () => {
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('has on its first page the headings, the three images and their sizes', async () => {
    expect(firstPageText).toContain('Image comparison')
    expect(firstPageText).toContain('Summary')
    expect(firstPageText).toMatch(/Generated \S+ from (?:Docker|Podman) .* by Baseline \S+, analyzer version \S+/)
    for (const reference of REPORT_IMAGES) expect(firstPageText).toContain(reference)
    for (const size of await Promise.all(REPORT_IMAGES.map(printedSize))) expect(firstPageText).toContain(size)
  })

  it('renders a first page that is neither blank nor solid', async () => {
    await run('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '60', pdf, join(workspace.out, 'page')])
    const image = readdirSync(workspace.out).find((name) => name.startsWith('page') && name.endsWith('.png'))
    expect(image).toBeDefined()
    const png = readPng(readFileSync(join(workspace.out, image ?? '')))
    // A4 landscape at 60 dpi: about 702 × 496 pixels.
    expect(png.width).toBeGreaterThan(png.height)
    const { inked } = inkStats(png, [0, 0, 0], 1)
    expect(inked).toBeGreaterThan(0.01)
    expect(inked).toBeLessThan(0.5)
  })

  it('says which Chromium it looked for, and writes nothing, when none is found', async () => {
    const out = join(workspace.out, 'never.pdf')
    const env = cliEnv({ XDG_CACHE_HOME: workspace.home.path, PATH: join(workspace.out, 'no-such-bin') })
    delete env.BASELINE_CHROMIUM
    const result = await runBaseline(['report', ...REPORT_IMAGES, '--format', 'pdf', '-o', out], env)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('no Chromium found to print the PDF: looked for BASELINE_CHROMIUM (not set), then chromium, chromium-browser, google-chrome on PATH')
    expect(existsSync(out)).toBe(false)
  })

  it('uses the Chromium BASELINE_CHROMIUM names, and refuses one that is not a program', async () => {
    const env = cliEnv({ XDG_CACHE_HOME: workspace.home.path, BASELINE_CHROMIUM: join(workspace.out, 'report.pdf') })
    const result = await runBaseline(['report', ...REPORT_IMAGES, '--format', 'pdf', '-o', join(workspace.out, 'x.pdf')], env)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain(`BASELINE_CHROMIUM is ${join(workspace.out, 'report.pdf')}, which is not an executable file`)
  })
})
