import { resolve } from 'node:path'
import { buildFullAndSlim, createFilesScope } from '../fixtures/files/files-images'
import type { CoreHarness } from './harness/core'
import { expect, test } from './harness/fixtures'

// A screenshot to look at after a run, in the ignored artifacts folder.
const SCREENSHOT = resolve(__dirname, 'artifacts/compare-files.png')

const scope = createFilesScope('e2e-compare')
let images: { full: string; slim: string }

test.beforeAll(async () => {
  test.setTimeout(120_000)
  images = await buildFullAndSlim(scope)
})
test.afterAll(async () => {
  expect(await scope.cleanup()).toEqual([])
})

/** The scan as the core runs it (the Files page's button is tested in layers.spec.ts), awaited through layers.get. */
async function scanned(core: CoreHarness, reference: string): Promise<void> {
  const started = await core.dispatch('layers.scan', { reference })
  expect(started.ok).toBe(true)
  await expect.poll(async () => {
    const reply = await core.dispatch('layers.get', { reference })
    return reply.ok && reply.value !== null
  }, { timeout: 60_000 }).toBe(true)
}

const compareHash = (references: readonly string[]): string => `#/compare/${references.map(encodeURIComponent).join(',')}`

test('the compare view says what moving to the slim image loses, by folder and file by file', async ({ page, core, appAt }) => {
  await page.goto(appAt(compareHash([images.slim, images.full])))
  const section = page.getByRole('region', { name: 'Files', exact: true })
  await expect(section).toContainText('Scan the files of both images')

  for (const reference of [images.full, images.slim]) await scanned(core, reference)
  await page.reload()
  await expect(section).toContainText(`Moving from ${images.full} to ${images.slim}: 31 files go (2.1 MB), 1 arrive (4 B), 1 change.`)
  const folders = section.getByRole('region', { name: 'Differences by top folder' })
  await expect(folders.getByRole('row', { name: /^\/usr 31 2\.1 MB/ })).toBeVisible()
  const list = section.getByRole('region', { name: 'File differences' })
  await expect(list.getByRole('row').nth(1)).toContainText('/usr/lib/gcc/cc1removed2.1 MB')

  // One folder, then every change by path.
  await folders.getByRole('button', { name: '/etc' }).click()
  await section.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Changed' })
  await expect(list.getByRole('row').nth(1)).toContainText('/etc/app.confchanged')
  await expect(list.getByRole('row').nth(1)).toContainText('size, mode')
  await section.getByRole('button', { name: /^Every folder/ }).click()
  await section.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Every difference' })
  await section.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Path' })
  const paths = await list.locator('tbody td.mono').allTextContents()
  expect(paths).toHaveLength(33)
  expect(paths).toEqual([...paths].sort())

  await page.setViewportSize({ width: 1280, height: 1400 })
  await section.scrollIntoViewIfNeeded()
  await page.screenshot({ path: SCREENSHOT })
})
