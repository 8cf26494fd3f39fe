import { shortId } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { expect, test } from './harness/fixtures'
import { ownImages, removeOwnLeftovers } from './harness/own-images'

test.describe('base moved', () => {
  const images = ownImages('moving')
  const baseTag = images.ref('moving', '1')
  const appTag = images.ref('moving-app', '1.0')
  const buildBase = (content: string) =>
    images.build(baseTag, fixtureRefs.busybox, [`RUN echo ${content} > /etc/e2e-moving`])

  test.beforeAll(async () => {
    await removeOwnLeftovers()
  })

  test.afterAll(async () => {
    expect(await images.cleanup(), 'docker errors removing this run\'s images').toEqual([])
  })

  test('rebuilding the base tag after the app was built on it shows "Base moved", naming the tag', async ({ app }) => {
    // The build steps of a tag rebuild take a while on a busy daemon.
    test.setTimeout(120_000)
    const oldBaseId = await buildBase(`first-${Date.now()}`)
    const appId = await images.build(appTag, baseTag, ['RUN echo app > /etc/e2e-app'])

    // The first visit is what the core remembers: this app was built on the image the tag names now.
    let image = await app.imageList.openWithKeyboard(appId)
    await expect(image.base.levelLink(baseTag)).toBeVisible()
    await expect(image.base.unchanged).toBeVisible()
    await expect(image.base.moved).toHaveCount(0)

    const newBaseId = await buildBase(`second-${Date.now()}`)
    expect(newBaseId).not.toBe(oldBaseId)
    // The engine's tag event refreshes the page in place…
    await expect(image.base.moved).toBeVisible()

    // …and the page opened afresh says the same.
    await image.back.click()
    image = await app.imageList.openWithKeyboard(appId)
    await expect(image.base.moved).toBeVisible()
    await expect(image.base.moved).toContainText(`${baseTag} now names sha256:${shortId(newBaseId)}`)
    await expect(image.base.unchanged).toHaveCount(0)
    // The app still carries the old base, which no tag names any more.
    await expect(image.base.levelLink(shortId(oldBaseId))).toBeVisible()
    await expect(image.base.levels.nth(1)).toContainText('untagged')
  })
})
