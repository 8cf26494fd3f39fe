import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatBytes, shortId } from '../../shared/lib/bytes'
import type { Comparison } from '../../shared/model'
import { fixtureRefs } from '../fixtures/images'
import { docker, imageId, imageSizeBytes } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { ownImages, removeOwnLeftovers } from './harness/own-images'
import { ComparePage } from './pages/compare-page'
import { DockerfilePage } from './pages/dockerfile-page'

/** app is built FROM busybox: they share busybox's layers. python-slim shares nothing with either. */
const compared = [fixtureRefs.app, fixtureRefs.busybox, fixtureRefs.pythonSlim] as const

function compareHash(references: readonly string[]): string {
  return `#/compare/${references.map(encodeURIComponent).join(',')}`
}

test.describe('comparing images side by side', () => {
  test('picks by keyboard and mouse, keeps the picks through sorting and filtering, and compares column by column', async ({ app, page }) => {
    const list = app.imageList
    const [appId, busyboxId, pythonId] = await Promise.all([imageId(fixtureRefs.app), imageId(fixtureRefs.busybox), imageId(fixtureRefs.pythonSlim)])
    await list.filterBy('baseline-fixture/')
    await expect(list.compareButton).toHaveText('Compare (0)')
    await expect(list.compareButton).toBeDisabled()

    // Keyboard: Space on the focused row picks it.
    const appRow = list.rowOf(appId)
    await appRow.focus()
    await page.keyboard.press('Space')
    await expect(appRow).toHaveAttribute('aria-selected', 'true')
    await expect(list.compareButton).toHaveText('Compare (1)')
    await expect(list.compareButton).toBeDisabled()
    // Mouse: Ctrl+click picks without opening; the checkbox does the same.
    await list.rowOf(busyboxId).click({ modifiers: ['Control'] })
    await expect(page).toHaveURL(/#\/images$|\/$/)
    await list.pickBox(list.rowOf(pythonId)).click()
    await expect(list.compareButton).toHaveText('Compare (3)')

    // Picks are image IDs, not positions: re-sorting and filtering the others away keeps them.
    await list.sortBy('On disk', 'ascending')
    await list.filterBy(fixtureRefs.pythonSlim)
    await expect(list.rows).toHaveCount(1)
    await expect(list.compareButton).toHaveText('Compare (3)')
    await expect(list.compareButton).toBeEnabled()
    await list.compareButton.click()

    const comparison = new ComparePage(page)
    await expect(comparison.heading).toHaveText('Compare 3 images')
    await expect(comparison.columnHeaders).toHaveCount(3)
    await expect(comparison.rowHeaders.first()).toHaveText('Source')
    for (const [index, id] of [appId, busyboxId, pythonId].entries()) {
      const column = comparison.columnOf(id)
      await expect(column, 'one column per image, in the order picked').toHaveCount(1)
      expect(await comparison.columnHeaders.nth(index).innerText()).toContain(shortId(id))
      // The size the image list shows for the same image.
      const size = formatBytes(await imageSizeBytes(id))
      await expect(await comparison.size('Size on disk', column)).toHaveText(size)
    }

    // app is busybox plus its own steps: busybox's layers are shared, stored once on disk.
    const busyboxShared = await comparison.cell('Shared layers', comparison.columnOf(busyboxId))
    expect(parseInt(await busyboxShared.innerText(), 10)).toBeGreaterThan(0)
    await expect(await comparison.cell('Shared layers, on disk', comparison.columnOf(appId))).toContainText('stored once on disk')
    await expect(await comparison.cell('Shared layers', comparison.columnOf(pythonId))).toHaveText(/^0/)
    await expect(comparison.total('Saved by sharing layers')).not.toHaveText('0 B')
    await expect(await comparison.cell('Base', comparison.columnOf(appId))).toContainText(fixtureRefs.busybox)

    // When, from which engine, with which analyzer: stated on the page as in every report.
    const engineVersion = await docker('version', '--format', '{{.Server.Version}}')
    await expect(comparison.provenance).toContainText(`(${engineVersion}, `)
    await expect(comparison.provenance).toContainText(/analyzer \S+/)

    await expect(comparison.chart).toBeVisible()
    await expect(comparison.chart.getByRole('list', { name: 'Legend' })).toContainText('Base')
    await expect(comparison.bars.first()).toBeVisible()
  })

  test('Shift+click and Shift+Space add every row between, and Clear picks empties the pick', async ({ app, page }) => {
    const list = app.imageList
    await list.filterBy('baseline-fixture/')
    await list.sortBy('On disk', 'ascending')
    await expect.poll(() => list.rows.count()).toBeGreaterThan(3)

    await list.rows.nth(0).focus()
    await page.keyboard.press('Space')
    await list.rows.nth(2).click({ modifiers: ['Shift'] })
    await expect(list.compareButton).toHaveText('Compare (3)')
    for (const index of [0, 1, 2]) await expect(list.rows.nth(index)).toHaveAttribute('aria-selected', 'true')
    await expect(list.rows.nth(3)).toHaveAttribute('aria-selected', 'false')

    await page.getByRole('button', { name: 'Clear picks' }).click()
    await expect(list.compareButton).toHaveText('Compare (0)')

    await list.rows.nth(1).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Shift+Space')
    await expect(list.compareButton).toHaveText('Compare (3)')
    await expect(list.rows.nth(0)).toHaveAttribute('aria-selected', 'false')
    await expect(list.rows.nth(3)).toHaveAttribute('aria-selected', 'true')
  })

  test('exports HTML as a browser download whose bytes open in Chromium with no script run, and JSON beside it', async ({ page, appAt, context }) => {
    await page.goto(appAt(compareHash(compared)))
    const comparison = new ComparePage(page)
    await expect(comparison.columnHeaders).toHaveCount(3)

    const html = await comparison.download('HTML')
    expect(html.fileName).toMatch(/^baseline-report-\d{4}-\d{2}-\d{2}-\d{4}\.html$/)
    await expect(comparison.exportStatus).toHaveText(`Downloaded ${html.fileName}`)
    const htmlText = await readFile(html.path, 'utf8')
    for (const reference of compared) expect(htmlText).toContain(reference)

    // The downloaded bytes, opened as a person would open the file: it shows, and no script runs.
    const report = await context.newPage()
    const consoleErrors: string[] = []
    report.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()))
    await report.goto(pathToFileURL(html.path).href)
    await expect(report.getByRole('heading', { level: 1, name: 'Image comparison' })).toBeVisible()
    const scripting = await report.evaluate(() => {
      const page = globalThis as unknown as { document: { scripts: { length: number }; querySelectorAll(selector: string): { length: number } } }
      return { scripts: page.document.scripts.length, handlers: page.document.querySelectorAll('[onload],[onclick],[onerror]').length }
    })
    expect(scripting).toEqual({ scripts: 0, handlers: 0 })
    expect(consoleErrors).toEqual([])
    await report.close()

    const json = await comparison.download('JSON')
    expect(json.fileName).toMatch(/\.json$/)
    const parsed = JSON.parse(await readFile(json.path, 'utf8')) as Comparison
    expect(parsed.schemaVersion).toBe(2)
    expect(parsed.images.map((image) => image.reference)).toEqual([...compared])
    await expect(comparison.exportError).toHaveCount(0)
  })

  test('shows the rows of the JSON report exported for the same images, in the same order and words', async ({ page, appAt }) => {
    await page.goto(appAt(compareHash(compared)))
    const comparison = new ComparePage(page)
    await expect(comparison.columnHeaders).toHaveCount(3)

    const json = await comparison.download('JSON')
    const report = JSON.parse(await readFile(json.path, 'utf8')) as Comparison
    const reportRows = report.sections.flatMap((section) => section.rows.map((row) => row.label))
    expect(reportRows.length, 'the report has rows to compare').toBeGreaterThan(10)
    expect(await comparison.rowLabels()).toEqual(reportRows)
    expect(await comparison.sectionTitles()).toEqual(report.sections.map((section) => section.title))
    expect(await comparison.totalLabels()).toEqual(report.totalRows.map((total) => total.label))
    // Every size row says which figure it is, in its label.
    for (const row of report.sections.flatMap((section) => section.rows).filter((row) => row.kind === 'size')) {
      expect(row.label, row.key).toMatch(/on disk|compressed|scanned/)
    }
    // The same figures under those names: the on-disk size of each column, as the table rounds it.
    const onDisk = report.sections[0]?.rows.find((row) => row.key === 'size.onDisk')
    for (const [index, cell] of (onDisk?.cells ?? []).entries()) {
      const shown = await comparison.size('Size on disk', comparison.columnHeaders.nth(index))
      await expect(shown).toHaveText(cell.kind === 'size' ? formatBytes(cell.bytes) : 'not a size')
    }
  })

  test('exports a PDF through the local Chromium as a download', async ({ page, appAt }) => {
    await page.goto(appAt(compareHash(compared.slice(0, 2))))
    const comparison = new ComparePage(page)
    await expect(comparison.columnHeaders).toHaveCount(2)

    const pdf = await comparison.download('PDF')
    expect(pdf.fileName).toMatch(/\.pdf$/)
    expect((await readFile(pdf.path)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    await expect(comparison.exportError).toHaveCount(0)
  })

  test.describe('without a Chromium to print with', () => {
    const missing = '/nonexistent/chromium'
    test.use({ extraEnv: { BASELINE_CHROMIUM: missing } })

    test('a PDF export says which Chromium it looked for, and nothing is downloaded', async ({ page, appAt }) => {
      let downloads = 0
      page.on('download', () => (downloads += 1))
      await page.goto(appAt(compareHash(compared.slice(0, 2))))
      const comparison = new ComparePage(page)
      await comparison.exportButton('PDF').click()
      await expect(comparison.exportError).toContainText('The PDF report could not be saved')
      await expect(comparison.exportError).toContainText(`BASELINE_CHROMIUM is ${missing}, which is not an executable file`)
      await expect(comparison.exportStatus).toHaveText('')
      expect(downloads).toBe(0)
    })
  })

  test('an image that is nowhere is named, with the comparison of the others offered', async ({ page, appAt }) => {
    const missing = 'baseline-fixture/no-such-image:0'
    await page.goto(appAt(compareHash([...compared, missing])))
    const comparison = new ComparePage(page)
    await expect(comparison.failure).toContainText(`${missing} could not be found`)
    await expect(comparison.failure).toContainText('IMAGE_NOT_FOUND')
    await comparison.failure.getByRole('link', { name: `Compare without ${missing}` }).click()
    await expect(comparison.heading).toHaveText('Compare 3 images')
    await expect(comparison.columnHeaders).toHaveCount(3)
  })

  test('fewer than two images says how to pick them', async ({ page, appAt }) => {
    await page.goto(appAt(compareHash([fixtureRefs.app])))
    const comparison = new ComparePage(page)
    await expect(comparison.heading).toHaveText('Compare images')
    await expect(page.getByText('Pick two or more images to compare')).toBeVisible()
    await expect(comparison.table).toHaveCount(0)
  })
})

/**
 * As in variants.spec.ts: app:1.2 (the app plus a 3 MB toolchain) and app:1.2-slim (the app alone),
 * each built on busybox, and svc:1.0 FROM app:1.2, whose base then has a slimmer sibling the advisor
 * recommends. Both columns are local and share busybox's layers.
 */
test.describe('ways into a comparison', () => {
  const images = ownImages('compare')
  const full = images.ref('app', '1.2')
  const slim = images.ref('app', '1.2-slim')
  const service = images.ref('svc', '1.0')
  const ids = { slim: '', service: '' }

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    await removeOwnLeftovers()
    const appSteps = ['RUN mkdir -p /srv && echo app > /srv/app.txt', 'CMD ["cat", "/srv/app.txt"]']
    await images.build(full, fixtureRefs.busybox, ['RUN mkdir -p /opt && dd if=/dev/zero of=/opt/tools.bin bs=1000000 count=3 2>/dev/null', ...appSteps])
    ids.slim = await images.build(slim, fixtureRefs.busybox, appSteps)
    ids.service = await images.build(service, full, ['RUN echo service > /srv/service.txt'])
  })

  test.afterAll(async () => {
    expect(await images.cleanup(), 'docker errors removing this run\'s images').toEqual([])
  })

  test('"Compare with suggested variant" on an image page puts the image beside the recommended one', async ({ app, page }) => {
    const { variants } = await app.imageList.openWithKeyboard(ids.service)
    await expect(variants.recommendedFromLine).toHaveText(`FROM ${slim}`)
    await variants.region.getByRole('link', { name: 'Compare with suggested variant' }).click()

    const comparison = new ComparePage(page)
    await expect(comparison.heading).toHaveText('Compare 2 images')
    await expect(comparison.columnHeaders).toHaveCount(2)
    await expect(comparison.columnHeaders.nth(0)).toContainText(shortId(ids.service))
    await expect(comparison.columnHeaders.nth(1)).toContainText(slim)
    await expect(await comparison.size('Size on disk', comparison.columnOf(ids.slim))).toHaveText(formatBytes(await imageSizeBytes(slim)))
    await expect(await comparison.cell('Shared layers', comparison.columnOf(ids.slim))).not.toHaveText(/^0/)
    await expect(await comparison.cell('Recommendation', comparison.columnOf(ids.service))).toContainText(`FROM ${slim}`)
  })

  test('"Compare base with suggestion" on a dropped Dockerfile shows bases not pulled here as catalogue columns', async ({ app, page }) => {
    await expect(app.imageList.heading).toBeVisible()
    const name = 'python-django.Dockerfile'
    const dockerfile = new DockerfilePage(page)
    await dockerfile.drop({ name, text: readFileSync(join(__dirname, '../fixtures/dockerfiles', name), 'utf8') })
    await expect(dockerfile.heading).toHaveText(`Dockerfile ${name}`)
    await page.getByRole('link', { name: 'Compare base with suggestion' }).click()

    const comparison = new ComparePage(page)
    await expect(comparison.columnHeaders).toHaveCount(2)
    await expect(comparison.columnNamed('python:3.12')).not.toHaveCount(0)
    await expect(comparison.columnHeaders.nth(0)).toContainText('not on this machine: catalogue figures')
    await expect(await comparison.cell('Layers', comparison.columnHeaders.nth(0))).toContainText('Not on this machine')
    await expect(await comparison.cell('Content, compressed', comparison.columnHeaders.nth(0))).toContainText('catalogue figure')
  })
})
