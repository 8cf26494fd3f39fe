import { resolve } from 'node:path'
import { fixtureRefs } from '../fixtures/images'
import { imageId } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

/**
 * The README's pictures, taken in browser mode (`baseline ui`, the real server) by `npm run
 * screenshots` only: they are tracked files, and `npm test` must leave the tree as it found it.
 */
const screenshots = resolve(__dirname, 'screenshots')

test.describe('README screenshots', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test('the image list of the fixture images', async ({ app, page }) => {
    const list = app.imageList
    await list.filterBy('baseline-fixture/')
    await expect(list.rowOf(await imageId(fixtureRefs.app))).toHaveCount(1)
    await list.sortBy('On disk', 'descending')
    await page.mouse.move(0, 0)
    await page.screenshot({ path: resolve(screenshots, 'image-list.png') })
  })

  test('the image page of the app fixture, with its base, layers and chart', async ({ app, page }) => {
    const list = app.imageList
    const id = await imageId(fixtureRefs.app)
    await list.filterBy(fixtureRefs.app)
    await list.rowOf(id).click()
    const image = app.imagePage
    await expect(image.layers).toBeVisible()
    // The base analysis comes after the layers; it colours the bars, so wait for it before the chart settles.
    await expect(image.base.method('layer chain')).toBeVisible()
    await image.waitForChartToSettle()
    await page.mouse.move(0, 0)
    await page.screenshot({ path: resolve(screenshots, 'image-page.png') })
  })
})
