import { formatBytes } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { historySizesOldestFirst, imageId, imageTags, layerCount } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

test.describe('image page', () => {
  test('opening an image with the keyboard shows its layers oldest first, step for step as docker history', async ({ app }) => {
    const reference = fixtureRefs.app
    const [id, tags, sizes, layers] = await Promise.all([
      imageId(reference), imageTags(reference), historySizesOldestFirst(reference), layerCount(reference),
    ])

    const image = await app.imageList.openWithKeyboard(id)
    await expect(image.heading).toHaveText(new RegExp(`^(${tags.map(escapeRegExp).join('|')})$`))
    await expect(image.layerRows).toHaveCount(sizes.length)
    expect(await image.column('Step')).toEqual(sizes.map((_size, index) => String(index + 1)))
    expect(await image.column('Size')).toEqual(sizes.map(formatBytes))
    // Every layer of RootFS, and only those, has a diff ID.
    expect((await image.column('Diff ID')).filter((text) => /[0-9a-f]{12}/.test(text))).toHaveLength(layers)
  })

  test('the chart of layer sizes has one bar per layer with content', async ({ app }) => {
    const reference = fixtureRefs.app
    const [id, sizes] = await Promise.all([imageId(reference), historySizesOldestFirst(reference)])
    const image = await app.imageList.openWithKeyboard(id)
    await expect(image.chart).toBeVisible()
    // Metadata steps and zero-byte layers (WORKDIR, an rm) have nothing to draw.
    const stepsWithContent = sizes.flatMap((size, index) => (size > 0 ? [index + 1] : []))
    await expect(image.bars).toHaveCount(stepsWithContent.length)
    // The axis names each bar by its step ("#3 RUN"): oldest at the top, as in the table.
    expect(await image.barSteps()).toEqual(stepsWithContent)
  })

  test('Back to images returns to the list', async ({ app }) => {
    const image = await app.imageList.openWithKeyboard(await imageId(fixtureRefs.busybox))
    await expect(image.layers).toBeVisible()
    await image.back.click()
    await expect(app.imageList.heading).toBeVisible()
    await expect(app.imageList.grid).toBeVisible()
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
