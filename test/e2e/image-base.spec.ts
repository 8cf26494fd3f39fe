import { formatBytes } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { historySizesOldestFirst, imageId, imageSizeBytes, imageTags, layerCount } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { oneOf } from './harness/text'

const sum = (sizes: number[]): number => sizes.reduce((total, size) => total + size, 0)

/** The fixture app is built FROM baseline-fixture/busybox:1.37 (test/fixtures/images). */
test.describe('the base of an image', () => {
  test('the breadcrumb shows app then busybox, and the busybox level opens its page', async ({ app, page }) => {
    const [appId, appTags, busyboxId, busyboxTags] = await Promise.all([
      imageId(fixtureRefs.app), imageTags(fixtureRefs.app), imageId(fixtureRefs.busybox), imageTags(fixtureRefs.busybox),
    ])
    const image = await app.imageList.openWithKeyboard(appId)
    const { base } = image

    await expect(base.levels).toHaveCount(2)
    await expect(base.levels.first()).toHaveText(oneOf(appTags))
    await expect(base.current).toHaveText(oneOf(appTags))
    await expect(base.levels.nth(1)).toContainText(fixtureRefs.busybox)

    await base.levelLink(fixtureRefs.busybox).click()
    await expect(image.heading).toHaveText(oneOf(busyboxTags))
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/images/${busyboxId}`)
    // busybox is FROM scratch: the page now names busybox as the current level and nothing below.
    await expect(base.current).toHaveText(oneOf(busyboxTags))
    await expect(base.levels).toHaveCount(1)
    await expect(base.method('no base found')).toBeVisible()
  })

  test('says the base was found by layer chain, why, and that 1.37 is pinned to a minor version', async ({ app }) => {
    const [appId, appLayers, busyboxLayers] = await Promise.all([
      imageId(fixtureRefs.app), layerCount(fixtureRefs.app), layerCount(fixtureRefs.busybox),
    ])
    const { base } = await app.imageList.openWithKeyboard(appId)

    await expect(base.method('layer chain')).toBeVisible()
    // The evidence counts layers as the daemon's RootFS does.
    await expect(base.region).toContainText(`The first ${busyboxLayers} of ${appLayers} layers are exactly ${fixtureRefs.busybox}`)
    await expect(base.pinningBadge).toHaveCount(1)
    await expect(base.pinning('minor')).toBeVisible()
    // The explanation says what the tag follows.
    expect(await base.pinningExplanation()).toContain('1.37')
    await expect(base.unchanged).toBeVisible()
    await expect(base.moved).toHaveCount(0)
  })

  test('tells base layers from own ones in the table, the chart and the sizes, as docker history splits them', async ({ app }) => {
    const [appId, appHistory, busyboxHistory, appSize, busyboxSize] = await Promise.all([
      imageId(fixtureRefs.app), historySizesOldestFirst(fixtureRefs.app), historySizesOldestFirst(fixtureRefs.busybox),
      imageSizeBytes(fixtureRefs.app), imageSizeBytes(fixtureRefs.busybox),
    ])
    const baseSteps = busyboxHistory.length
    const ownHistory = appHistory.slice(baseSteps)
    const image = await app.imageList.openWithKeyboard(appId)
    await expect(image.base.method('layer chain')).toBeVisible()

    expect(await image.column('Owner')).toEqual([
      ...busyboxHistory.map(() => 'base'), ...ownHistory.map(() => 'own'),
    ])
    await expect(image.groupHeadings).toHaveText([
      `Base layers · from ${fixtureRefs.busybox} · ${baseSteps} steps · ${formatBytes(sum(busyboxHistory))}`,
      `Own layers · ${ownHistory.length} steps · ${formatBytes(sum(ownHistory))}`,
    ])

    await expect(image.legendItems).toHaveText(['Base layers', 'Own layers'])
    // One colour for the base's bars, another for the image's own, in build order.
    const drawn = (sizes: number[]) => sizes.filter((size) => size > 0).length
    const colours = await image.barColours()
    expect(colours).toHaveLength(drawn(appHistory))
    const [baseColour, ownColour] = [colours[0], colours.at(-1)]
    expect(baseColour).not.toBe(ownColour)
    expect(colours).toEqual([
      ...Array<string | undefined>(drawn(busyboxHistory)).fill(baseColour),
      ...Array<string | undefined>(drawn(ownHistory)).fill(ownColour),
    ])

    await expect(image.base.sizes).toHaveText(`Base ${formatBytes(busyboxSize)} + own ${formatBytes(appSize - busyboxSize)}`)
  })
})

