import { fixtureRefs } from '../fixtures/images'
import { docker, imageId } from './harness/docker-cli'
import { expect, test, type EngineRoute } from './harness/fixtures'
import { AppShell } from './pages/app-shell'

test.describe('engine panel', () => {
  test('says which engine answered and its version', async ({ app }) => {
    const version = await docker('version', '--format', '{{.Server.Version}}')
    await expect(app.engineStatus).toHaveAccessibleName(/^Engine: connected/)
    const panel = await app.goToEngine()
    await expect(panel.region).toBeVisible()
    await expect(panel.connectedTo(/^Connected to /)).toBeVisible()
    await expect(panel.engineVersion(version)).toBeVisible()
  })
})

// The same recovery whichever way the endpoint was chosen: DOCKER_HOST, or the app's own setting.
const routes: { route: EngineRoute; via: string }[] = [
  { route: 'proxy-env', via: 'DOCKER_HOST' },
  { route: 'proxy-setting', via: 'the engine endpoint setting' },
]

for (const { route, via } of routes) {
  test.describe(`engine unreachable, endpoint from ${via}`, () => {
    test.use({ engineRoute: route })

    test('the list gives way to the Engine panel naming the endpoint; Retry brings it back once the engine answers', async ({ page, core, dockerProxy, appAt }) => {
      const appId = await imageId(fixtureRefs.app)
      await dockerProxy.stop()
      await page.goto(appAt())
      const app = new AppShell(page)
      const list = app.imageList
      const panel = app.enginePanel

      await expect(list.heading).toBeVisible()
      await expect(panel.unreachableHeading).toBeVisible()
      await expect(panel.attemptFor(dockerProxy.endpoint)).toHaveCount(1)
      await expect(list.grid).toBeHidden()

      // The engine comes back in the instant Retry is clicked, so the core's own reconnection
      // timer (1 s, 2 s, 4 s …) cannot win the race and take the button away first.
      core.beforeNextRequest(() => dockerProxy.start())
      await panel.retry.click()
      await expect(list.grid).toBeVisible()
      await list.filterBy(fixtureRefs.app)
      await expect(list.rowOf(appId)).toHaveCount(1)
    })
  })
}

test.describe('engine lost mid-session', () => {
  test.use({ engineRoute: 'proxy-env' })

  test('the open list gives way to the Engine panel, and comes back by itself when the engine does', async ({ app, dockerProxy }) => {
    const list = app.imageList
    const appId = await imageId(fixtureRefs.app)
    await list.filterBy(fixtureRefs.app)
    await expect(list.rowOf(appId)).toHaveCount(1)

    await dockerProxy.stop()
    await expect(app.enginePanel.unreachableHeading).toBeVisible()
    await expect(app.engineStatus).toHaveAccessibleName(/^Engine: unreachable/)

    await dockerProxy.start()
    // The core reconnects by itself on a backoff of 1 s, 2 s, 4 s …
    await expect(list.grid).toBeVisible({ timeout: 20_000 })
    await expect(app.engineStatus).toHaveAccessibleName(/^Engine: connected/)
    await list.filterBy(fixtureRefs.app)
    await expect(list.rowOf(appId)).toHaveCount(1)
  })
})
