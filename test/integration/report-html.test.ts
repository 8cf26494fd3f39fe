import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHART_COLORS } from '../../electron/core/report/svg-chart'
import { formatBytes } from '../../shared/lib/bytes'
import { HOSTILE_TEXT } from '../fixtures/images'
import { REPO_ROOT } from './support/baseline-cli'
import { noDocker } from './support/daemon'
import { inkStats, readPng } from './support/png'
import { sizesAreFileBytes, testEngine } from './support/test-engine'
import { dockerHistory } from './support/docker-truth'
import { createReportWorkspace, printedSize, REPORT_IMAGES, type ReportWorkspace } from './support/report-images'

// In the ignored artifacts folder, one per engine: a test run leaves the tracked tree as it found it.
const SCREENSHOT_DIR = join(REPO_ROOT, 'test/e2e/artifacts')
const SCREENSHOT = join(SCREENSHOT_DIR, `report-html-${testEngine}.png`)
const VIEWPORT = { width: 1280, height: 1000 }
const hexToRgb = (hex: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number]

/** The page's window as the init script sees it (the Node test has no DOM types). */
interface ReportWindow {
  __reportScriptRan: boolean
  alert(message?: string): unknown
  confirm(message?: string): unknown
  prompt(message?: string): unknown
}

/** Everything the page did that a self-contained, script-free report must never do. */
interface Observed {
  requests: string[]
  consoleErrors: string[]
  pageErrors: string[]
  dialogs: string[]
}

async function openReport(browser: Browser, path: string): Promise<{ page: Page; observed: Observed }> {
  const observed: Observed = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [] }
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light' })
  // The report file itself loads; any other request at all is recorded and refused.
  await context.route('**/*', (route) => {
    if (route.request().url() === pathToFileURL(path).href) return route.continue()
    observed.requests.push(route.request().url())
    return route.abort()
  })
  // Runs before the page's own code: any script of the report that ran would flip this flag.
  await context.addInitScript(() => {
    const page = globalThis as unknown as ReportWindow
    page.__reportScriptRan = false
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = page[name].bind(page)
      Object.defineProperty(page, name, {
        value: (message?: string) => {
          page.__reportScriptRan = true
          return original(message)
        },
      })
    }
  })
  const page = await context.newPage()
  page.on('request', (request) => {
    if (request.url() !== pathToFileURL(path).href && !observed.requests.includes(request.url())) observed.requests.push(request.url())
  })
  page.on('console', (message) => {
    if (message.type() === 'error') observed.consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => observed.pageErrors.push(error.message))
  page.on('dialog', (dialog) => {
    observed.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(pathToFileURL(path).href, { waitUntil: 'load' })
  return { page, observed }
}

describe.skipIf(noDocker)('the HTML report of three fixture images, opened in Chromium', () => {
  let workspace: ReportWorkspace
  let browser: Browser
  let page: Page
  let observed: Observed
  let sizes: string[]

  beforeAll(async () => {
    workspace = createReportWorkspace()
    const path = join(workspace.out, 'report.html')
    const result = await workspace.home.run(['report', ...REPORT_IMAGES, '--format', 'html', '-o', path])
    expect(result.exitCode, result.stderr).toBe(0)
    sizes = await Promise.all(REPORT_IMAGES.map(printedSize))
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] })
    ;({ page, observed } = await openReport(browser, path))
  })
  afterAll(async () => {
    await browser?.close()
    workspace?.remove()
  })

  it('loads nothing from the network and logs no error', () => {
    expect(observed.requests).toEqual([])
    expect(observed.consoleErrors).toEqual([])
    expect(observed.pageErrors).toEqual([])
  })

  it('runs no script: no dialog opened and the page flag is untouched', async () => {
    expect(observed.dialogs).toEqual([])
    expect(await page.evaluate(() => (globalThis as unknown as ReportWindow).__reportScriptRan)).toBe(false)
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('img').count()).toBe(0)
  })

  it('shows the hostile label and history command as literal text', async () => {
    const text = await page.locator('body').innerText()
    expect(text).toContain(`${HOSTILE_TEXT} | piped`)
    expect(text).toContain(`echo '${HOSTILE_TEXT}' | tee /hostile.txt`)
  })

  it('has its headings, a column per image, and each size as the engine measures it', async () => {
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Image comparison')
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts()
    expect(headings).toEqual(['Summary', 'Size: base and own', 'Across the compared images', 'What the sizes mean', 'Base and evidence', 'Labels', 'Layers'])
    // Each header: the name, then the short ID in small print under it.
    const columns = await page.locator('section').first().locator('thead th').allInnerTexts()
    expect(columns.map((text) => text.split('\n')[0])).toEqual([...REPORT_IMAGES])
    const sizeRow = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Size on disk', exact: true }) })
    // The engine's figure, as the image list prints it; after the first column, its difference in brackets.
    expect(await sizeRow.locator('td .cell-main').allInnerTexts()).toEqual(sizes.map((size, index) => (index === 0 ? size : expect.stringMatching(new RegExp(`^${size.replace('.', '\\.')} \\(`)))))
  })

  it('draws a stacked bar per image, named and with its total', async () => {
    const chart = page.getByRole('img', { name: /Size of each image/ })
    expect(await chart.locator('rect.bar-base').count()).toBe(3)
    expect(await chart.locator('rect.bar-own').count()).toBe(3)
    expect(await chart.locator('g.bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-image')))).toEqual([...REPORT_IMAGES])
    // Long names (Podman's localhost/…) are cut with an ellipsis; each label still starts the name.
    const labels = await chart.locator('text.bar-label').allTextContents()
    labels.forEach((label, index) => expect(REPORT_IMAGES[index]?.startsWith(label.replace(/…$/, ''))).toBe(true))
    // A bar is the image's layers (base + own): its on-disk size only where the engine counts
    // file bytes (Docker 20.10); elsewhere the sum of its history steps, as docker history has them.
    const layerSums = await Promise.all(REPORT_IMAGES.map(async (reference) => formatBytes((await dockerHistory(reference)).reduce((sum, step) => sum + step.sizeBytes, 0))))
    expect(await chart.locator('text.bar-value').allTextContents()).toEqual(sizesAreFileBytes ? sizes : layerSums)
    // busybox is its own base-less image: all own bytes; the app and the hostile image inherit busybox.
    const baseWidths = await chart.locator('rect.bar-base').evaluateAll((rects) => rects.map((rect) => Number(rect.getAttribute('width'))))
    expect(baseWidths[0]).toBeGreaterThan(0)
    expect(baseWidths[1]).toBe(0)
    expect(baseWidths[2]).toBe(baseWidths[0])
  })

  it('looks like a report on screen: the screenshot is the page size, mostly inked text, with the chart colours', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true })
    await page.getByRole('img', { name: /Size of each image/ }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: SCREENSHOT })
    const png = readPng(readFileSync(SCREENSHOT))
    expect([png.width, png.height]).toEqual([VIEWPORT.width, VIEWPORT.height])
    const base = inkStats(png, hexToRgb(CHART_COLORS.base))
    const own = inkStats(png, hexToRgb(CHART_COLORS.own))
    expect(base.inked).toBeGreaterThan(0.02)
    expect(base.inked).toBeLessThan(0.6)
    expect(base.matching).toBeGreaterThan(50)
    expect(own.matching).toBeGreaterThan(50)
  })
})
