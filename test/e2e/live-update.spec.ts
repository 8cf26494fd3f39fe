import { fixtureRefs } from '../fixtures/images'
import { imageId, imageTags, tagImage, untagImage } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

/** A repository no other suite uses, so the filter sees only what this test tags. */
const LIVE_REPO = 'baseline-e2e/live'

test.describe('live updates', () => {
  test('a tag added or removed with the docker CLI shows in the list without a reload', async ({ app, page }) => {
    const source = fixtureRefs.busybox
    const id = await imageId(source)
    const tag = `t${Date.now().toString(36)}`
    const reference = `${LIVE_REPO}:${tag}`
    const list = app.imageList
    await list.filterBy(LIVE_REPO)
    await expect(list.rows).toHaveCount(0)
    // A reload would lose this marker, so its survival proves the page updated in place.
    await page.evaluate(() => Object.assign(globalThis, { __e2eNoReload: true }))

    try {
      await tagImage(source, reference)
      await expect(list.rowOf(id)).toHaveCount(1)
      await expect(list.rowOf(id)).toContainText(tag)

      await untagImage(reference)
      await expect(list.rows).toHaveCount(0)
    } finally {
      if ((await imageTags(id)).includes(reference)) await untagImage(reference)
    }
    expect(await page.evaluate(() => '__e2eNoReload' in globalThis)).toBe(true)
  })
})
