import { resolve } from 'node:path'
import { formatBytes } from '../../shared/lib/bytes'
import type { LayerScan } from '../../shared/model'
import { fixtureRefs } from '../fixtures/images'
import type { CoreHarness } from './harness/core'
import { docker, imageId, layerCount } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { ownImages } from './harness/own-images'
import { LayersPage } from './pages/layers-page'

// An artifact to look at after a run, in the ignored artifacts folder: no test rewrites tracked files.
const SCREENSHOT = resolve(__dirname, 'artifacts/layers-page.png')
/** The app fixture writes this file in one RUN step and deletes it in a later one (test/fixtures/images). */
const DELETED_FILE = 'srv/app/one-megabyte.bin'
const DELETED_BYTES = 1_000_000

/** What the core itself says about a scanned image: the oracle for the figures on screen. */
async function coreScan(core: CoreHarness, reference: string): Promise<LayerScan> {
  const reply = await core.dispatch('layers.get', { reference })
  if (!reply.ok) throw new Error(`layers.get ${reference}: ${reply.error.message}`)
  if (reply.value === null) throw new Error(`layers.get ${reference}: not scanned`)
  return reply.value as LayerScan
}

/** "3 MB", "512 kB" back to bytes, to compare the order of rounded sizes. */
function bytesOf(text: string): number {
  const [value = 'NaN', unit = 'B'] = text.trim().split(' ')
  const scale: Record<string, number> = { B: 1, kB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }
  return Number(value) * (scale[unit] ?? Number.NaN)
}

async function openFiles(page: import('@playwright/test').Page, appAt: (hash: string) => string, reference: string): Promise<LayersPage> {
  await page.goto(appAt(`#/images/${encodeURIComponent(await imageId(reference)).replace(/%3A/gi, ':')}`))
  await page.getByRole('link', { name: 'Files and waste', exact: true }).click()
  const files = new LayersPage(page)
  await expect(files.heading).toBeVisible()
  return files
}

test.describe('files and waste', () => {
  test('a scan shows its progress, then the waste and efficiency the core computed, and why each copy is wasted', async ({ page, core, appAt }) => {
    const files = await openFiles(page, appAt, fixtureRefs.app)
    await expect(files.scan).toBeVisible()
    // The scan of a 6 MB image can end between two looks: a watcher in the page notes any bar drawn.
    await page.evaluate(() => {
      const target = globalThis as unknown as { __sawProgress?: boolean; document: { body: unknown; querySelector(s: string): unknown } }
      const Observer = (globalThis as unknown as { MutationObserver: new (cb: () => void) => { observe(node: unknown, options: object): void } }).MutationObserver
      new Observer(() => {
        if (target.document.querySelector('[role="progressbar"]')) target.__sawProgress = true
      }).observe(target.document.body, { childList: true, subtree: true })
    })
    await files.scan.click()
    await expect(files.summary).toBeVisible({ timeout: 30_000 })
    expect(await page.evaluate(() => (globalThis as unknown as { __sawProgress?: boolean }).__sawProgress)).toBe(true)

    const scan = await coreScan(core, fixtureRefs.app)
    // The figures on screen are the core's own, as rounded for people.
    await expect(files.stat('Wasted')).toHaveText(formatBytes(scan.wastedBytes))
    await expect(files.stat('Stored in layers')).toHaveText(formatBytes(scan.totalBytes))
    await expect(files.stat('Final filesystem')).toHaveText(formatBytes(scan.finalBytes))
    await expect(files.stat('Efficiency')).toHaveText(`${(scan.efficiency * 100).toFixed(1)}%`)
    await expect(files.stat('Own waste')).toHaveText(formatBytes(scan.ownWastedBytes))
    // The busybox fixture links sh into /bin.
    await expect(files.stat('Shell')).toHaveText(`/${scan.facts.shell?.replace(/^\//, '') ?? 'none'}`)
    // And the core's figures are the fixture's known truth: the deleted megabyte is the only waste.
    expect(scan.wastedBytes).toBe(DELETED_BYTES)

    const layers = await layerCount(fixtureRefs.app)
    const copy = scan.wastedFiles.find((file) => file.path === DELETED_FILE)
    expect(copy, 'the deleted file is among the wasted').toBeDefined()
    const row = files.wastedRows.filter({ hasText: `/${DELETED_FILE}` })
    await expect(row).toHaveCount(1)
    // The rm is the image's last layer, numbered from 0 as the layer list numbers them.
    await expect(row).toContainText(`deleted in layer ${layers - 1}`)
    await expect(row).toContainText(formatBytes(DELETED_BYTES))
    await expect(row).toContainText(`${copy?.layerIndex}`)
    await expect(row).toContainText('own')
    await expect(files.layers.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(layers)
  })

  test('the file tree unfolds by keyboard, filters by path, sorts by size and shows one layer’s changes', async ({ page, core, appAt }) => {
    const files = await openFiles(page, appAt, fixtureRefs.app)
    await files.scan.click()
    await expect(files.summary).toBeVisible({ timeout: 30_000 })
    const scan = await coreScan(core, fixtureRefs.app)
    const lastLayer = scan.layers.length - 1

    // At first: the whole filesystem after the last layer, largest first.
    await expect(files.tree).toHaveAccessibleName(`Filesystem at layer ${lastLayer}`)
    await expect(files.item('srv')).toBeVisible()
    const sizes = (await files.itemSizes(1)).map(bytesOf)
    expect(sizes.length).toBeGreaterThan(1)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))

    // Unfold srv and srv/app with the keyboard: the deleted file is gone, the kept one is there.
    await files.item('srv').focus()
    await page.keyboard.press('ArrowRight')
    await expect(files.item('srv')).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowDown')
    await expect(files.item('app')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(files.item('three-megabytes.bin')).toBeVisible()
    await expect(files.item('one-megabyte.bin')).toHaveCount(0)

    // By name, then by size again.
    await files.sort.selectOption({ label: 'Name' })
    await expect.poll(() => files.itemNames(1)).toContain('bin')
    const byName = await files.itemNames(1)
    expect(byName).toEqual([...byName].sort())
    await files.sort.selectOption({ label: 'Size, largest first' })
    await expect.poll(async () => (await files.itemSizes(1)).map(bytesOf)).toEqual(sizes)

    // A path filter keeps the match and the folders that lead to it.
    await files.filter.fill('three-mega')
    expect(await files.itemNames()).toEqual(['srv', 'app', 'three-megabytes.bin'])
    await files.filter.fill('')

    // The last layer's own changes: only the whiteout of the deleted file, marked in words.
    await files.changesOnly.check()
    await expect(files.tree).toHaveAccessibleName(`Changes in layer ${lastLayer}`)
    await files.filter.fill('one-megabyte')
    await expect(files.item('one-megabyte.bin')).toHaveAccessibleName(/, removed$/)
    await expect(files.item('one-megabyte.bin')).toContainText('removed')

    // The layer that wrote it shows it as added.
    const writer = scan.wastedFiles.find((file) => file.path === DELETED_FILE)?.layerIndex ?? -1
    await files.layerButton(writer).click()
    await expect(files.layerButton(writer)).toHaveAttribute('aria-pressed', 'true')
    await expect(files.tree).toHaveAccessibleName(`Changes in layer ${writer}`)
    await expect(files.item('one-megabyte.bin')).toHaveAccessibleName(/, added$/)

    // The screenshot: the final filesystem with srv/app unfolded, tall enough to show the tree.
    await files.filter.fill('')
    await files.changesOnly.uncheck()
    await files.layerButton(lastLayer).click()
    await expect(files.item('app')).toHaveAttribute('aria-expanded', 'true')
    await page.setViewportSize({ width: 1280, height: 1280 })
    await page.screenshot({ path: SCREENSHOT })
  })
})

test.describe('a scan that fails', () => {
  const images = ownImages('layers-fail')
  const doomed = images.ref('doomed', '1')
  test.beforeAll(async () => {
    await images.build(doomed, fixtureRefs.busybox, ['RUN echo doomed > /doomed.txt'])
  })
  test.afterAll(async () => {
    await images.cleanup()
  })

  test('an image removed as the scan starts shows the core’s message in an alert, with Retry', async ({ page, core, appAt }) => {
    const files = await openFiles(page, appAt, doomed)
    // Removed in the instant the click reaches the core: the scan's own look at the image fails.
    core.beforeNextRequest(async () => {
      await docker('image', 'rm', '--force', doomed)
    })
    await files.scan.click()
    await expect(files.failure).toBeVisible({ timeout: 20_000 })
    await expect(files.failure).toContainText('The scan failed')
    await expect(files.failure).toContainText(/doomed|No such image/i)
    await expect(files.retry).toBeFocused()
    await files.retry.click()
    await expect(files.failure).toBeVisible()
    await expect(files.summary).toHaveCount(0)
  })
})

test.describe('cancelling a scan', () => {
  // About 1 GB in two layers: the engine stages such an export for seconds (8 s here), then
  // streams it for seconds more — time enough to press Cancel in either phase; the 6 MB fixture
  // ends too soon. Mid-stream goes first: a cancelled export may keep the engine busy a while.
  const images = ownImages('layers-cancel')
  const big = images.ref('big', '1')
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    await images.build(big, fixtureRefs.busybox, [
      'RUN dd if=/dev/zero of=/big-a.bin bs=1M count=512',
      'RUN dd if=/dev/zero of=/big-b.bin bs=1M count=512',
    ])
  })
  test.afterAll(async () => {
    await images.cleanup()
  })

  test('Cancel while reading layers stops at the bytes read so far and returns to the start', async ({ page, core, appAt }) => {
    test.setTimeout(90_000)
    const files = await openFiles(page, appAt, big)
    await files.scan.click()
    // The engine stages the export first (seconds for 1 GB here, more while it still finishes one
    // a previous test dropped), then the bar gets a value.
    await expect(files.progress).toHaveAttribute('aria-valuenow', /^\d+$/, { timeout: 45_000 })
    await expect(page.getByText(/^[\d.]+ [kMG]?B of [\d.]+ [kMG]?B$/)).toBeVisible()
    await expect(files.progress).toHaveAttribute('aria-valuetext', / of /)
    await files.cancel.click()
    await expect(files.cancelled).toBeVisible({ timeout: 20_000 })
    await expect(files.summary).toHaveCount(0)
    const reply = await core.dispatch('layers.get', { reference: big })
    expect(reply).toEqual({ ok: true, value: null })
  })

  test('Cancel by keyboard while the engine prepares the export returns to the start, with nothing scanned', async ({ page, core, appAt }) => {
    const files = await openFiles(page, appAt, big)
    await files.scan.click()
    await expect(page.getByText('Preparing the export')).toBeVisible()
    // No total yet: the bar is indeterminate.
    await expect(files.progress).not.toHaveAttribute('aria-valuenow', /.*/)
    await page.keyboard.press('Tab')
    await expect(files.cancel).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(files.cancelled).toBeVisible({ timeout: 20_000 })
    await expect(files.scan).toBeVisible()
    await expect(files.scan).toBeFocused()
    const reply = await core.dispatch('layers.get', { reference: big })
    expect(reply).toEqual({ ok: true, value: null })
  })

  test('leaving the page mid-scan and coming back finds the scan still running', async ({ page, appAt }) => {
    const files = await openFiles(page, appAt, big)
    await files.scan.click()
    await expect(files.progress).toBeVisible()
    await files.back.click()
    await page.getByRole('link', { name: 'Files and waste', exact: true }).click()
    await expect(files.progress).toBeVisible()
    await expect(files.scan).toHaveCount(0)
    await files.cancel.click()
    await expect(files.cancelled).toBeVisible({ timeout: 20_000 })
  })
})
