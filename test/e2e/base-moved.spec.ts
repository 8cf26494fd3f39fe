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

  test('a base tag rebuilt before the app was ever opened shows "Base moved", inferred from the build history', async ({ app }) => {
    test.setTimeout(120_000)
    const hiddenTag = images.ref('moving-hidden', '1')
    const hiddenApp = images.ref('moving-hidden-app', '1.0')
    // The same step twice: the classic builder caches by the exact command, so the rebuild spells
    // it with one more space; the history shape (whitespace aside) is the same, the layer is not.
    const oldBaseId = await images.build(hiddenTag, fixtureRefs.busybox, ['RUN date +%s%N > /etc/e2e-moving-hidden'])
    const appId = await images.build(hiddenApp, hiddenTag, ['RUN echo app > /etc/e2e-app'])
    const newBaseId = await images.build(hiddenTag, fixtureRefs.busybox, ['RUN date +%s%N  > /etc/e2e-moving-hidden'])
    expect(newBaseId).not.toBe(oldBaseId)

    // Never analysed before the rebuild: the old base is a hidden parent, the nearest visible base is busybox.
    const image = await app.imageList.openWithKeyboard(appId)
    await expect(image.base.levelLink(fixtureRefs.busybox)).toBeVisible()
    await expect(image.base.moved).toBeVisible()
    await expect(image.base.moved).toContainText('Inferred from the build history')
    await expect(image.base.moved).toContainText(`${hiddenTag} now names sha256:${shortId(newBaseId)}`)
    await expect(image.base.moved).toContainText('same shape as this image\'s first')
    await expect(image.base.unchanged).toHaveCount(0)
  })
})
