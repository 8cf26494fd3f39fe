import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checkCycloneDx16 } from '../fixtures/packages/cyclonedx-schema'
import { ensureApkPackageImage, packageRefs } from '../fixtures/packages/package-images'
import type { CoreHarness } from './harness/core'
import { imageId } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

// Artifacts to look at after a run, in the ignored artifacts folder: no test rewrites tracked files.
const SCREENSHOTS = { list: resolve(__dirname, 'artifacts/packages-list.png'), compare: resolve(__dirname, 'artifacts/packages-compare.png') }

/** Scans through the core as the app's Scan button does, and waits for the result. */
async function scanned(core: CoreHarness, reference: string): Promise<void> {
  const started = await core.dispatch('layers.scan', { reference })
  if (!started.ok) throw new Error(`layers.scan ${reference}: ${started.error.message}`)
  await expect.poll(async () => {
    const reply = await core.dispatch('layers.get', { reference })
    return reply.ok && reply.value !== null
  }, { timeout: 30_000 }).toBe(true)
}

test.describe('packages', () => {
  test.beforeAll(async () => {
    await ensureApkPackageImage()
  })

  test('an image scanned lists its packages, filters them, and exports a CycloneDX 1.6 SBOM', async ({ page, appAt, core }) => {
    await scanned(core, packageRefs.apk)
    await page.goto(appAt(`#/images/${await imageId(packageRefs.apk)}/files`))
    const packages = page.getByRole('table', { name: 'Packages' })
    await expect(packages.getByRole('row')).toHaveCount(4)
    await expect(page.getByText('3 packages (apk 3)')).toBeVisible()
    await page.getByRole('searchbox', { name: 'Filter packages' }).fill('binsh')
    await expect(packages.getByRole('row')).toHaveCount(2)
    await expect(packages.getByRole('row').nth(1)).toContainText('busybox-binsh1.36.1-r29x86_64busybox')
    await page.screenshot({ path: SCREENSHOTS.list, fullPage: true })

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export SBOM/ }).click()])
    expect(download.suggestedFilename()).toBe('baseline-test-pkg-apk-1.cdx.json')
    const path = test.info().outputPath(download.suggestedFilename())
    await download.saveAs(path)
    const check = checkCycloneDx16(JSON.parse(await readFile(path, 'utf8')))
    expect(check.errors).toEqual([])
  })

  test('the compare view says how many packages fewer and lists what is only in each image', async ({ page, appAt, core }) => {
    await scanned(core, packageRefs.apk)
    await scanned(core, packageRefs.apkNext)
    await page.goto(appAt(`#/compare/${[packageRefs.apk, packageRefs.apkNext].map(encodeURIComponent).join(',')}`))
    const section = page.getByRole('region', { name: 'Packages' })
    // The comparison analyses both images and asks for advice first: on a busy machine that takes a while.
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(`${packageRefs.apk} → ${packageRefs.apkNext}: the same number of packages`, { timeout: 30_000 })
    await section.getByText(`Only in ${packageRefs.apk}: 1`).click()
    await expect(section.getByText('busybox-binsh')).toBeVisible()
    await section.getByText(`Only in ${packageRefs.apkNext}: 1`).click()
    await expect(section.getByText('ca-certificates-bundle')).toBeVisible()
    await section.getByText('Other version: 1').click()
    await expect(section.getByText('1.2.5-r0 → 1.2.5-r1')).toBeVisible()
    await page.screenshot({ path: SCREENSHOTS.compare, fullPage: true })
  })
})
