import { existsSync } from 'node:fs'
import { TEST_ENGINES } from '../engines/test-engines.mjs'
import { runDocker } from '../fixtures/images/docker-cli'
import { buildOciIndexArchive, type OciIndexArchive } from '../fixtures/images/oci-index-archive'
import { expect, test } from './harness/fixtures'
import { ImageListPage } from './pages/image-list-page'
import { LayersPage } from './pages/layers-page'

/**
 * Docker 26 with the containerd image store (test/engines/start-docker26.sh): the core is pointed
 * at its socket through DOCKER_HOST, the one place discovery and the docker CLI both obey. A
 * two-platform index of which only linux/amd64 is loaded, as a pull for one platform leaves it.
 */
const host = TEST_ENGINES.docker26?.host(process.env) ?? ''
const socket = host.replace(/^unix:\/\//, '')
const engineEnv = { ...process.env, DOCKER_HOST: host, DOCKER_CONTEXT: '' }
const tag = `baseline-e2e-platforms/multi:${process.pid}`

test.describe('a two-platform index on Docker 26', () => {
  // CI sets REQUIRE_ENGINES: there a missing engine fails this test instead of skipping it.
  test.skip(!existsSync(socket) && process.env.REQUIRE_ENGINES !== '1', `Docker 26 is not running at ${socket} (start it with test/engines/start-docker26.sh)`)
  test.use({ extraEnv: { DOCKER_HOST: host } })
  let image: OciIndexArchive

  test.beforeAll(async () => {
    image = await buildOciIndexArchive(tag, { 'com.baseline.fixture': 'e2e-platforms' })
    const loaded = await runDocker(['load', '--quiet'], { input: image.archive, env: engineEnv })
    expect(loaded.exitCode, loaded.stderr).toBe(0)
  })
  test.afterAll(async () => {
    await runDocker(['rmi', tag], { env: engineEnv })
  })

  test('the page offers the platform present, says plainly the other is not on this machine, and the scan reads the present one', async ({ page, appAt }) => {
    await page.goto(appAt(`#/images/${image.indexDigest}`))
    const chooser = page.getByRole('combobox', { name: 'Platform' })
    await expect(chooser).toHaveValue(image.present)
    await expect(chooser.getByRole('option', { name: `${image.absent} — not on this machine` })).toBeDisabled()
    await expect(page.getByRole('note').filter({ hasText: `${image.absent} is listed by this image’s index but not on this machine` })).toBeVisible()
    await expect(page.getByText('On disk', { exact: true })).toBeVisible()
    await expect(page.getByText('Content (compressed)', { exact: true })).toBeVisible()

    await page.getByRole('link', { name: 'Files and waste', exact: true }).click()
    const files = new LayersPage(page)
    await files.scan.click()
    await expect(files.summary).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('note', { name: "About this image's archive" }))
      .toContainText(`This image lists 2 platforms; ${image.absent} is not on this machine, so only ${image.present} was scanned.`)

    // The list now names both platforms on the image's one row, the absent one said to be absent.
    await page.goto(appAt('#/images'))
    const list = new ImageListPage(page)
    // The list is virtualised: the row is found by filtering, never by scrolling.
    await list.filter.fill(tag.split(':')[0] ?? tag)
    const row = list.rows.filter({ hasText: image.indexDigest.slice(7, 19) })
    await expect(row).toHaveCount(1)
    await expect(row.getByText(image.present, { exact: true })).toBeVisible()
    await expect(row.getByText(`${image.absent} (not on this machine)`)).toHaveCount(1)
    await expect(page.getByRole('note').filter({ hasText: 'containerd image store’s figure' })).toBeVisible()
  })
})
