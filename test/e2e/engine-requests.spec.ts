import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fixtureRefs } from '../fixtures/images'
import { imageId } from './harness/docker-cli'
import type { DockerProxy } from './harness/docker-proxy'
import { countByKind, formatCounts, repeatedInspections, type EngineRequest, type RequestCounts } from './harness/engine-requests'
import { expect, test } from './harness/fixtures'
import type { CoreHarness } from './harness/core'
import { ComparePage } from './pages/compare-page'

const run = promisify(execFile)
const baselineBin = join(__dirname, '..', '..', 'bin', 'baseline.js')

/**
 * What one user action costs the engine, counted by the relaying proxy between the core and the
 * daemon (each test starts with a fresh data folder: a cold cache). The budget: one listing per
 * request that reads the snapshot, the disk-usage call only for the image list view, and at most
 * one inspection of any image per action.
 *
 * The daemon is shared: an image built or tagged by anyone else mid-count makes the app refresh
 * what it shows, as it should. A refresh is another round of the same requests, so the budgets are
 * counted per request and per round: with no refresh, that is per action.
 */
test.use({ engineRoute: 'proxy-env' })

/** The methods that read the snapshot (one listing each); images.get reads one image only. */
const SNAPSHOT_METHODS = new Set(['images.list', 'images.analyze', 'images.analyzeMany', 'images.suggest', 'images.compare', 'images.lineage'])

interface Action {
  requests: EngineRequest[]
  counts: RequestCounts
  calls: string[]
}

/** Waits until the core has answered everything the page asked, then takes what the action cost. */
async function settled(name: string, core: CoreHarness, proxy: DockerProxy): Promise<Action> {
  await expect.poll(() => core.inFlight(), { message: 'requests from the page still unanswered' }).toBe(0)
  return measured(name, proxy.takeRequests(), core.takeCalls())
}

function measured(name: string, requests: EngineRequest[], calls: string[]): Action {
  const counts = countByKind(requests)
  console.log(`engine requests, ${name}: ${formatCounts(counts)} (core requests: ${calls.join(', ')})`)
  return { requests, counts, calls }
}

function callsOf(action: Action, method: string): number {
  return action.calls.filter((call) => call === method).length
}

/** How many times the page asked for the same thing: 1, or more when an image event refreshed it. */
function rounds(action: Action): number {
  return Math.max(1, ...[...new Set(action.calls)].map((method) => callsOf(action, method)))
}

function expectWithinBudget(action: Action): void {
  const snapshots = action.calls.filter((call) => SNAPSHOT_METHODS.has(call)).length
  expect(action.counts.list, 'one listing per request that reads the snapshot').toBeLessThanOrEqual(snapshots)
  expect(action.counts['disk-usage'], 'the disk-usage call only for the image list view').toBeLessThanOrEqual(callsOf(action, 'images.list'))
  const times = Object.values(repeatedInspections(action.requests))
  expect(Math.max(1, ...times), 'an image inspected more than once per round of requests').toBeLessThanOrEqual(rounds(action))
}

test.describe('engine requests per user action', () => {
  test('opening the list, then an image page: one listing per request, no image inspected twice', async ({ app, core, dockerProxy }) => {
    await expect(app.imageList.rows.first()).toBeVisible()
    const list = await settled('open the list (cold cache)', core, dockerProxy)

    const image = await app.imageList.openWithKeyboard(await imageId(fixtureRefs.app))
    await expect(image.layerRows.first()).toBeVisible()
    await expect(image.base.hierarchy).toBeVisible()
    await expect(image.variants.region).toBeVisible()
    const page = await settled('open an image page after the list', core, dockerProxy)

    expectWithinBudget(list)
    expect(list.counts['disk-usage'], 'the list view shows the disk use').toBeGreaterThanOrEqual(1)
    expectWithinBudget(page)
    // The image page shows no disk use; it asks for the image, its analysis and its advice.
    expect(page.counts['disk-usage']).toBe(0)
  })

  test('comparing three images: one listing, no disk usage, no image inspected twice', async ({ page, appAt, core, dockerProxy }) => {
    const compared = [fixtureRefs.app, fixtureRefs.busybox, fixtureRefs.pythonSlim]
    await page.goto(appAt(`#/compare/${compared.map(encodeURIComponent).join(',')}`))
    await expect(new ComparePage(page).columnHeaders).toHaveCount(3)
    const comparison = await settled('compare 3 images (cold cache)', core, dockerProxy)

    expectWithinBudget(comparison)
    expect(comparison.counts.list, 'one listing per comparison asked').toBeLessThanOrEqual(callsOf(comparison, 'images.compare'))
    expect(comparison.counts['disk-usage']).toBe(0)
  })

  test('baseline analyze --all: one listing, no disk usage, each image inspected at most once', async ({ dockerProxy }) => {
    const cacheHome = await mkdtemp(join(tmpdir(), 'baseline-e2e-requests-'))
    try {
      dockerProxy.takeRequests()
      // The CLI watches no engine events: one request, one round, whatever the daemon does meanwhile.
      const env = { ...process.env, DOCKER_HOST: dockerProxy.endpoint, DOCKER_CONTEXT: '', XDG_CACHE_HOME: cacheHome }
      const { stdout } = await run(process.execPath, [baselineBin, 'analyze', '--all', '--json'], { env, maxBuffer: 64 * 1024 * 1024 })
      const analysed = (JSON.parse(stdout) as unknown[]).length
      const action = measured(`baseline analyze --all on ${analysed} images (cold cache)`, dockerProxy.takeRequests(), ['images.analyzeMany'])

      expect(action.counts.list).toBe(1)
      expect(action.counts['disk-usage']).toBe(0)
      expectWithinBudget(action)
    } finally {
      await rm(cacheHome, { recursive: true, force: true })
    }
  })
})
