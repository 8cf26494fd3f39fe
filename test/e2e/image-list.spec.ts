import { formatBytes, shortId } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { imageId, imageSizeBytes, imagesDiskUsageBytes, imagesSizeSumBytes, layerCount } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

test.describe('image list', () => {
  test('shows each fixture image once, with the size, ID and layer count the daemon reports', async ({ app }) => {
    const list = app.imageList
    await expect(list.heading).toBeVisible()
    for (const reference of [fixtureRefs.busybox, fixtureRefs.app]) {
      const id = await imageId(reference)
      await list.filterBy(reference)
      const row = list.rowOf(id)
      await expect(row).toHaveCount(1)
      expect(await list.cell(row, 'Repository')).toBe(reference.split(':')[0])
      expect(await list.cell(row, 'Image ID')).toBe(shortId(id))
      expect(await list.cell(row, 'On disk')).toBe(formatBytes(await imageSizeBytes(reference)))
      expect(await list.cell(row, 'Layers')).toBe(String(await layerCount(reference)))
    }
  })

  test('shows the total disk use the daemon reports, or the labelled sum of image sizes', async ({ app }) => {
    const list = app.imageList
    await expect(list.totalDiskUse).toBeVisible()
    // Other suites may add images, or run a df of their own (the daemon then answers 500 and the
    // app falls back to the sum, saying so): compare until both saw the same state.
    await expect.poll(async () => {
      const shown = (await list.totalDiskUse.innerText()).trim()
      const isSum = await list.diskUseIsSum.isVisible()
      const bytes = isSum ? await imagesSizeSumBytes() : await imagesDiskUsageBytes()
      return shown === formatBytes(bytes) ? 'same' : `${shown} shown, the daemon says ${formatBytes(bytes)}`
    }, { timeout: 30_000 }).toBe('same')
  })

  test('filtering by name narrows the rows to the matching images', async ({ app }) => {
    const list = app.imageList
    await list.filterBy('baseline-fixture/')
    await expect.poll(() => list.rows.count()).toBeGreaterThan(1)
    const appId = await imageId(fixtureRefs.app)

    // Two tags, one image ID: one row.
    await list.filterBy('baseline-fixture/app:')
    await expect(list.rows).toHaveCount(1)
    await expect(list.rowOf(appId)).toHaveCount(1)

    await list.filterBy('no-such-image-anywhere')
    await expect(list.rows).toHaveCount(0)

    await list.filterBy('')
    await expect(list.rowOf(appId)).toHaveCount(1)
  })

  test('sorting by On disk orders the rows by the sizes the daemon reports', async ({ app }) => {
    const list = app.imageList
    await list.filterBy('baseline-fixture/')
    await expect.poll(() => list.rows.count()).toBeGreaterThan(2)

    for (const direction of ['ascending', 'descending'] as const) {
      await list.sortBy('On disk', direction)
      const sizes = await Promise.all((await list.column('Image ID')).map((id) => imageSizeBytes(id)))
      const sorted = [...sizes].sort((a, b) => (direction === 'ascending' ? a - b : b - a))
      expect(sizes, `rows by Size, ${direction}`).toEqual(sorted)
    }
  })
})
