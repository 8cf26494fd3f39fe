import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { buildFilesImage, CONF_V1, CONF_V2, createFilesScope, OS_RELEASE, type FilesImage } from '../fixtures/files/files-images'
import { imageId } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { FileViewerPanel } from './pages/file-viewer'
import { LayersPage } from './pages/layers-page'

// Screenshots to look at after a run, in the ignored artifacts folder: no test rewrites tracked files.
const artifact = (name: string): string => resolve(__dirname, 'artifacts', name)

const scope = createFilesScope('e2e')
let image: FilesImage

test.beforeAll(async () => {
  test.setTimeout(120_000)
  image = await buildFilesImage(scope)
})
test.afterAll(async () => {
  expect(await scope.cleanup()).toEqual([])
})

async function scannedFiles(page: Page, appAt: (hash: string) => string): Promise<LayersPage> {
  await page.goto(appAt(`#/images/${encodeURIComponent(await imageId(image.reference)).replace(/%3A/gi, ':')}`))
  await page.getByRole('link', { name: 'Files and waste', exact: true }).click()
  const files = new LayersPage(page)
  await files.scan.click()
  await expect(files.summary).toBeVisible({ timeout: 30_000 })
  return files
}

/** Filters the tree to one file and opens it with the keyboard, as a person without a mouse would. */
async function openByKeyboard(files: LayersPage, path: string): Promise<FileViewerPanel> {
  const name = path.split('/').at(-1) ?? ''
  await files.filter.fill(name)
  await files.item(name).focus()
  await files.page.keyboard.press('Enter')
  const viewer = new FileViewerPanel(files.page, path)
  await expect(viewer.region).toBeFocused()
  return viewer
}

test.describe('reading a file of a layer', () => {
  test('a rewritten config shows its contents with line numbers and the diff against the layer before', async ({ page, appAt }) => {
    const files = await scannedFiles(page, appAt)
    const viewer = await openByKeyboard(files, '/etc/app.conf')
    await expect(viewer.headline).toHaveText(`File of ${CONF_V2.length} B, mode 0644, last written in layer ${image.layers.confV2}.`)
    await expect.poll(() => viewer.lines()).toEqual(CONF_V2.trimEnd().split('\n'))
    await expect(viewer.text.locator('.line-number')).toHaveText(['1', '2', '3'])

    await viewer.changesTab.click()
    await expect(viewer.changesTab).toHaveAccessibleName(`Changes from layer ${image.layers.confV1}`)
    await expect(viewer.diff).toContainText('-listen 80\n+listen 8080')
    await expect(viewer.diff).toContainText('-log info\n+log debug')
    await expect(viewer.region).toContainText('2 added, 2 removed')
    await page.setViewportSize({ width: 1280, height: 1100 })
    await viewer.region.scrollIntoViewIfNeeded()
    await page.screenshot({ path: artifact('file-viewer-diff.png') })

    // Escape closes it and gives the focus back to the row it was opened from.
    await page.keyboard.press('Escape')
    await expect(viewer.region).toHaveCount(0)
    await expect(files.item('app.conf')).toBeFocused()

    // As of the layer that first wrote it: the first version, nothing to compare with.
    await files.filter.fill('')
    await files.layerButton(image.layers.confV1).click()
    const older = await openByKeyboard(files, '/etc/app.conf')
    await expect.poll(() => older.lines()).toEqual(CONF_V1.trimEnd().split('\n'))
    await expect(older.changesTab).toHaveCount(0)
    await expect(older.region).toContainText('No earlier version')
  })

  test('a binary file opens in the hex view; os-release reads as text; a deleted file says so', async ({ page, appAt }) => {
    const files = await scannedFiles(page, appAt)
    const tool = await openByKeyboard(files, '/opt/tool.bin')
    await expect(tool.region).toContainText('Binary')
    await expect.poll(() => tool.hexRows()).toEqual([
      ['00000000', '7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00', '.ELF............'],
      ['00000010', '03 00 3e 00', '..>.'],
    ])
    await tool.hex.scrollIntoViewIfNeeded()
    await page.screenshot({ path: artifact('file-viewer-hex.png') })
    await tool.close.click()

    const release = await openByKeyboard(files, '/etc/os-release')
    await expect.poll(() => release.lines()).toEqual(OS_RELEASE.trimEnd().split('\n'))
    await release.asHex.check()
    await expect(release.hex.locator('tbody tr').first()).toContainText('50 52 45 54 54 59 5f 4e')
    await release.close.click()

    const latin1 = await openByKeyboard(files, '/etc/latin1.txt')
    await expect(latin1.text.locator('.raw-byte')).toHaveText('\\xe9')
    await latin1.close.click()

    await files.changesOnly.check()
    const gone = await openByKeyboard(files, '/etc/gone.txt')
    await expect(gone.headline).toHaveText(`Deleted here: layer ${image.layers.last} removes it.`)
    await expect(gone.region).toContainText(`Before: 13 B, mode 0644, from layer ${image.layers.first}.`)
  })
})
