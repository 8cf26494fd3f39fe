import { formatBytes } from '../../shared/lib/bytes'
import { fixtureRefs } from '../fixtures/images'
import { ClipboardStub } from './harness/clipboard-stub'
import { imageId, imageSizeBytes } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'
import { ownImages, removeOwnLeftovers } from './harness/own-images'
import { escapeRegExp } from './harness/text'
import { AppShell } from './pages/app-shell'
import { VARIANT_FACTS } from './pages/variants-section'

const TOOLCHAIN = 'RUN mkdir -p /opt && dd if=/dev/zero of=/opt/toolchain.bin bs=1000000 count=3 2>/dev/null'
const APP_STEPS = ['RUN mkdir -p /srv && echo app > /srv/app.txt', 'CMD ["cat", "/srv/app.txt"]']

/**
 * The pair of test/fixtures/advice/sibling-images.ts, in a repository of this run only: app:1.2
 * (the app plus a 3 MB toolchain) and app:1.2-slim (the app alone), each its own build on busybox,
 * so nothing but the names and the measured sizes makes them variants. svc:1.0 is built FROM
 * app:1.2: its base then has a slimmer sibling, which the advisor recommends (a sibling of the
 * whole image, as for app:1.2 itself, is never recommended, so there is no copy button there).
 */
test.describe('smaller variants on the image page', () => {
  const images = ownImages('variants')
  const full = images.ref('app', '1.2')
  const slim = images.ref('app', '1.2-slim')
  const onFull = images.ref('svc', '1.0')
  const ids = { full: '', onFull: '' }

  test.beforeAll(async () => {
    // Three builds with the classic builder take a while on a busy daemon.
    test.setTimeout(120_000)
    await removeOwnLeftovers()
    ids.full = await images.build(full, fixtureRefs.busybox, [TOOLCHAIN, ...APP_STEPS])
    await images.build(slim, fixtureRefs.busybox, APP_STEPS)
    ids.onFull = await images.build(onFull, full, ['RUN echo service > /srv/service.txt'])
  })

  test.afterAll(async () => {
    expect(await images.cleanup(), 'docker errors removing this run\'s images').toEqual([])
  })

  test('the full build lists its slim sibling measured on disk, smaller by exactly what docker measures', async ({ app }) => {
    const [fullSize, slimSize] = await Promise.all([imageSizeBytes(full), imageSizeBytes(slim)])
    expect(slimSize, 'the premise: the slim build is the smaller one').toBeLessThan(fullSize)
    const { variants } = await app.imageList.openWithKeyboard(ids.full)

    await expect(variants.table).toBeVisible()
    await expect(variants.rowHeaders).toHaveText([...VARIANT_FACTS])
    await expect(variants.currentHeader()).toBeVisible()
    const column = variants.candidateHeader(slim)
    await expect(column).toBeVisible()

    const size = await variants.cell('Size', column)
    await expect(size).toContainText(formatBytes(slimSize))
    await expect(size).toContainText('measured, on disk')
    // Against the full build it would replace, not busybox; a label may follow the figure.
    const delta = await variants.cell('Delta', column)
    await expect(delta).toContainText(new RegExp(`[−-]\\s?${escapeRegExp(formatBytes(fullSize - slimSize))}`))
    await expect(delta, 'the delta names what it is measured against').toContainText(`vs ${full}`)
    await expect(await variants.cell('FROM line', column)).toContainText(`FROM ${slim}`)
    await expect(variants.chart).toBeVisible()
    await expect(variants.why).toBeVisible()
  })

  test('busybox, built FROM scratch, has nothing to compare: a note stands where the table would', async ({ app }) => {
    const { variants } = await app.imageList.openWithKeyboard(await imageId(fixtureRefs.busybox))

    await expect(variants.note(/no variant to compare/i)).toBeVisible()
    await expect(variants.table).toHaveCount(0)
    await expect(variants.chart).toHaveCount(0)
    await expect(variants.copyFromLine).toHaveCount(0)
  })

  test('Copy FROM line puts the recommended line on the clipboard and says so; a refusal says it could not and selects the line', async ({ page, appAt }) => {
    const clipboard = await ClipboardStub.install(page)
    await page.goto(appAt())
    const { variants } = await new AppShell(page).imageList.openWithKeyboard(ids.onFull)

    await expect(variants.candidateHeader(slim)).toHaveAccessibleName(`${slim} Recommended`)
    await expect(variants.recommendedFromLine).toHaveText(`FROM ${slim}`)
    await variants.copyFromLine.click()
    await expect(variants.copyStatus).toHaveText('Copied')
    expect(await clipboard.writes()).toEqual([await variants.recommendedFromLine.innerText()])

    await clipboard.refuse('Write permission denied.')
    await variants.copyFromLine.click()
    await expect(variants.copyStatus).toContainText('Could not copy')
    expect(await clipboard.writes()).toHaveLength(1)
    // What the message offers instead: the line selected, ready for Ctrl+C.
    expect(await clipboard.selection()).toBe(`FROM ${slim}`)
  })

  test('the debug switch flips with Space, and the section answers again in place with the page kept', async ({ app, page }) => {
    const image = await app.imageList.openWithKeyboard(ids.full)
    const { variants } = image
    await expect(variants.candidateHeader(slim)).toBeVisible()
    const heading = await image.heading.innerText()

    await variants.debugSwitch.focus()
    await expect(variants.debugSwitch).toBeFocused()
    await expect(variants.debugSwitch).not.toBeChecked()
    await page.keyboard.press('Space')
    await expect(variants.debugSwitch).toBeChecked()
    // The new position is another question: the section is busy until its answer is shown.
    await expect(variants.region).toHaveAttribute('aria-busy', 'false')
    await expect(variants.candidateHeader(slim)).toBeVisible()
    await expect(variants.debugSwitch).toBeFocused()
    await expect(image.heading).toHaveText(heading)
    await expect(image.layers).toBeVisible()
    await expect(image.layerRows).not.toHaveCount(0)

    await page.keyboard.press('Space')
    await expect(variants.debugSwitch).not.toBeChecked()
    await expect(variants.region).toHaveAttribute('aria-busy', 'false')
    await expect(variants.table).toBeVisible()
    await expect(image.layers).toBeVisible()
  })
})
