import { formatBytes } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { imageId, imageSizeBytes, imageTags } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { ownImages, removeOwnLeftovers } from './harness/own-images'
import { oneOf } from './harness/text'

/** What a tree item says about an image: its tag, how many more, its size and what it adds. */
async function itemName(reference: string, parent: string | null): Promise<string> {
  const [tags, size, parentSize] = await Promise.all([
    imageTags(reference), imageSizeBytes(reference), parent === null ? 0 : imageSizeBytes(parent),
  ])
  const more = tags.length - 1
  const moreText = more === 0 ? '' : ` +${more} ${more === 1 ? 'tag' : 'tags'}`
  return `${reference}${moreText} , size ${formatBytes(size)} , own ${formatBytes(size - parentSize)}`
}

/**
 * The daemon is shared: other suites' images come and go in the same tree, so each test narrows
 * it with the filter to the fixtures it talks about (busybox, and the app built on it).
 */
test.describe('lineage', () => {
  // A second child of busybox, so the filter has a sibling of the app to hide.
  const images = ownImages('lineage')
  const siblingTag = images.ref('sibling', '1')

  test.beforeAll(async () => {
    await removeOwnLeftovers()
    await images.build(siblingTag, fixtureRefs.busybox, ['RUN echo sibling > /etc/e2e-sibling'])
  })

  test.afterAll(async () => {
    expect(await images.cleanup(), 'docker errors removing this run\'s images').toEqual([])
  })

  test('shows busybox with the app as its child, sized as the daemon reports', async ({ app }) => {
    const lineage = await app.goToLineage()
    await expect(lineage.heading).toBeVisible()
    // A match keeps everything built on it in view.
    await lineage.filterBy(fixtureRefs.busybox)

    const busybox = lineage.item(fixtureRefs.busybox)
    const child = lineage.item(fixtureRefs.app)
    await expect(busybox).toHaveAttribute('aria-level', '1')
    await expect(busybox).toHaveAttribute('aria-expanded', 'true')
    await expect(busybox).toHaveAccessibleName(await itemName(fixtureRefs.busybox, null))
    await expect(child).toHaveAttribute('aria-level', '2')
    await expect(child).toHaveAccessibleName(await itemName(fixtureRefs.app, fixtureRefs.busybox))
    await expect(lineage.item(siblingTag)).toHaveAttribute('aria-level', '2')
  })

  test('filtering by the app keeps busybox, its ancestor, and hides busybox\'s other children', async ({ app }) => {
    const lineage = await app.goToLineage()
    await lineage.filterBy('baseline-fixture/app')

    await expect(lineage.item(fixtureRefs.busybox)).toHaveAttribute('aria-level', '1')
    await expect(lineage.item(fixtureRefs.app)).toHaveAttribute('aria-level', '2')
    await expect(lineage.item(siblingTag)).toHaveCount(0)
    // Whatever else is built on busybox right now, only the app stays at its level.
    await expect(lineage.itemsAtLevel(2)).toHaveCount(1)
    await expect(lineage.itemsAtLevel(1)).toHaveCount(1)
  })

  test('the keyboard folds and unfolds busybox, moves to the app and opens it', async ({ app, page }) => {
    const appId = await imageId(fixtureRefs.app)
    const lineage = await app.goToLineage()
    await lineage.filterBy('baseline-fixture/app')
    const busybox = lineage.item(fixtureRefs.busybox)
    const child = lineage.item(fixtureRefs.app)
    await expect(child).toBeVisible()

    await lineage.focusTree()
    await page.keyboard.press('Home')
    await expect(busybox).toBeFocused()

    await page.keyboard.press('ArrowLeft')
    await expect(busybox).toHaveAttribute('aria-expanded', 'false')
    await expect(child).toHaveCount(0)

    await page.keyboard.press('ArrowRight')
    await expect(busybox).toHaveAttribute('aria-expanded', 'true')
    await expect(child).toBeVisible()
    await expect(busybox).toBeFocused()

    await page.keyboard.press('ArrowDown')
    await expect(child).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(app.imagePage.heading).toHaveText(oneOf(await imageTags(appId)))
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/images/${appId}`)
  })
})

