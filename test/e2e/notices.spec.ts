import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { CACHE_FILE_NAME } from '../../electron/core/cache/cache-store'
import { fixtureRefs } from '../fixtures/images'
import { imageId } from './harness/docker-cli'
import { expect, test } from './harness/fixtures'

/** Not a database at all: what a disk error or a stray copy could leave where the cache belongs. */
const garbage = randomBytes(64 * 1024)

test.describe('a damaged analysis cache', () => {
  test.use({ dataDirFiles: { [CACHE_FILE_NAME]: garbage } })

  test('is rebuilt with one notice naming the kept file; the analysis still works and Dismiss clears the notice', async ({ app, core, page }) => {
    const { notices } = app
    // The cache opens with the app (the list reads its per-image facts): the notice is there at once.
    const rebuilt = notices.notice(/analysis cache .*rebuilt/i)
    await expect(app.imageList.heading).toBeVisible()
    await expect(rebuilt).toHaveCount(1)

    const image = await app.imageList.openWithKeyboard(await imageId(fixtureRefs.app))
    await expect(image.base.method('layer chain')).toBeVisible()

    // The damaged file was set aside, untouched, where the notice says, for a post mortem.
    const kept = /kept at (\S+?)\)/.exec(await rebuilt.first().innerText())?.[1] ?? ''
    expect(kept.startsWith(core.dataDir), `kept file "${kept}" in the data folder`).toBe(true)
    expect(existsSync(kept) && readFileSync(kept).equals(garbage), `${kept} holds the damaged bytes`).toBe(true)

    // A reload shows what the core holds for the session, all at once: the notice, once. (Live
    // events of the same words in the same millisecond merge in the page, so only this count tells.)
    await page.reload()
    await expect(image.base.method('layer chain')).toBeVisible()
    await expect(rebuilt).toHaveCount(1)
    await expect(notices.notices).toHaveCount(1)

    await notices.dismiss(rebuilt)
    await expect(notices.region).toHaveCount(0)
    await expect(image.base.method('layer chain')).toBeVisible()
  })
})
