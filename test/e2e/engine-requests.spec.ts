import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fixtureRefs } from '../fixtures/images'
import { docker, imageId } from './harness/docker-cli'
import type { DockerProxy } from './harness/docker-proxy'
import { countByKind, formatCounts, repeatedInspections, type EngineRequest, type RequestCounts } from './harness/engine-requests'
import { expect, test } from './harness/fixtures'
import type { CoreHarness } from './harness/core'
import { ComparePage } from './pages/compare-page'

const run = promisify(execFile)
const baselineBin = join(__dirname, '..', '..', 'bin', 'baseline.js')

/**
 * What one user action costs the engine, counted by the relaying proxy between the core and the
 * daemon (each test starts with a fresh data folder, so a cold cache). The budget: one listing per
 * request, at most one inspection of any image per action, and the disk-usage call only where the
 * image list shows it.
 */
test.use({ engineRoute: 'proxy-env' })

/** Waits until the core has answered everything the page asked, then takes the requests it made. */
async function settled(core: CoreHarness, proxy: DockerProxy): Promise<EngineRequest[]> {
  await expect.poll(() => core.inFlight(), { message: 'requests from the page still unanswered' }).toBe(0)
  return proxy.takeRequests()
}

function report(action: string, requests: readonly EngineRequest[]): RequestCounts {
  const counts = countByKind(requests)
  console.log(`engine requests, ${action}: ${formatCounts(counts)}`)
  return counts
}

/** Every image the engine holds, intermediate images of local builds included (`docker image ls -a`). */
async function localImageCount(): Promise<number> {
  return new Set((await docker('image', 'ls', '--all', '--quiet', '--no-trunc')).split('\n').filter(Boolean)).size
}

function expectEachImageInspectedAtMostOnce(requests: readonly EngineRequest[]): void {
  expect(repeatedInspections(requests), 'images inspected more than once in one action').toEqual({})
}

test.describe('engine requests per user action', () => {
  test('opening the list, then an image page, lists once each and inspects no image twice', async ({ app, core, dockerProxy }) => {
    const imageCount = await localImageCount()
    await expect(app.imageList.rows.first()).toBeVisible()
    const list = await settled(core, dockerProxy)
    const listCounts = report('open the list (cold cache)', list)

    const image = await app.imageList.openWithKeyboard(await imageId(fixtureRefs.app))
    await expect(image.layerRows.first()).toBeVisible()
    await expect(image.base.hierarchy).toBeVisible()
    await expect(image.variants.region).toBeVisible()
    const page = await settled(core, dockerProxy)
    const pageCounts = report('open an image page after the list', page)

    expect(listCounts.list, 'the list view lists once').toBe(1)
    expect(listCounts['disk-usage'], 'the list view shows the disk use: one call').toBe(1)
    expect(listCounts.inspect, 'no more inspections than images').toBeLessThanOrEqual(imageCount)
    expectEachImageInspectedAtMostOnce(list)
    // The page asks for the image, its analysis and its advice: the list just read every image's facts.
    expect(pageCounts.list, 'one listing per request that reads the snapshot: the analysis, then the advice').toBeLessThanOrEqual(2)
    expect(pageCounts['disk-usage'], 'the image page shows no disk use').toBe(0)
    expect(pageCounts.inspect, 'no more inspections than images').toBeLessThanOrEqual(imageCount)
    expectEachImageInspectedAtMostOnce(page)
  })

  test('comparing three images lists once and asks no disk usage', async ({ page, appAt, core, dockerProxy }) => {
    const compared = [fixtureRefs.app, fixtureRefs.busybox, fixtureRefs.pythonSlim]
    await page.goto(appAt(`#/compare/${compared.map(encodeURIComponent).join(',')}`))
    await expect(new ComparePage(page).columnHeaders).toHaveCount(3)
    const requests = await settled(core, dockerProxy)
    const counts = report('compare 3 images (cold cache)', requests)

    expect(counts.list, 'one listing for the comparison').toBeLessThanOrEqual(1)
    expect(counts['disk-usage'], 'the comparison shows no disk use').toBe(0)
    expectEachImageInspectedAtMostOnce(requests)
  })

  test('baseline analyze --all lists once, asks no disk usage and inspects each image at most once', async ({ dockerProxy }) => {
    const cacheHome = await mkdtemp(join(tmpdir(), 'baseline-e2e-requests-'))
    try {
      dockerProxy.takeRequests()
      const env = { ...process.env, DOCKER_HOST: dockerProxy.endpoint, DOCKER_CONTEXT: '', XDG_CACHE_HOME: cacheHome }
      const { stdout } = await run(process.execPath, [baselineBin, 'analyze', '--all', '--json'], { env, maxBuffer: 64 * 1024 * 1024 })
      const analysed = (JSON.parse(stdout) as unknown[]).length
      const requests = dockerProxy.takeRequests()
      const counts = report(`baseline analyze --all on ${analysed} images (cold cache)`, requests)

      expect(counts.list, 'one listing for the whole batch').toBe(1)
      expect(counts['disk-usage'], 'analysis shows no disk use').toBe(0)
      expectEachImageInspectedAtMostOnce(requests)
    } finally {
      await rm(cacheHome, { recursive: true, force: true })
    }
  })
})
