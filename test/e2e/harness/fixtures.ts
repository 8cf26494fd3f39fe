import { test as base, expect, type Page } from '@playwright/test'
import { AppShell } from '../pages/app-shell'
import { startCore, type CoreHarness, type DataDirFiles } from './core'
import { createDockerProxy, type DockerProxy } from './docker-proxy'
import { NO_DAEMON_ENV } from './preflight'

/**
 * How the core reaches the engine: by its own discovery (the real socket), or through the fault
 * injector named by DOCKER_HOST or by the app's engineEndpoint setting.
 */
export type EngineRoute = 'discovery' | 'proxy-env' | 'proxy-setting'

interface Fixtures {
  engineRoute: EngineRoute
  /** Files the core's data folder holds when it starts (`test.use`); none by default. */
  dataDirFiles: DataDirFiles
  /** Variables laid over the core's environment (`test.use`), e.g. BASELINE_CHROMIUM. */
  extraEnv: Readonly<Record<string, string>>
  dockerProxy: DockerProxy
  /** The real `baseline ui` server (in this process) over the real core. */
  core: CoreHarness
  /**
   * The address to open the app at `hash` ("#/compare/a,b"): the printed address, token included,
   * as a person would paste it; the server trades the token for the session cookie.
   */
  appAt: (hash?: string) => string
  /**
   * Uncaught page errors, CSP refusals and off-origin requests seen so far; the test fails if any
   * remain at its end.
   * A test that provokes one on purpose takes it out after checking it.
   */
  pageProblems: string[]
  /** The app loaded in the page, on the image list. */
  app: AppShell
}

function coreEnv(route: EngineRoute, proxy: DockerProxy): NodeJS.ProcessEnv {
  if (route !== 'proxy-env') return { ...process.env }
  return { ...process.env, DOCKER_HOST: proxy.endpoint, DOCKER_CONTEXT: undefined }
}

/**
 * Uncaught page errors, CSP refusals and requests leaving the app's origin are bugs a user would
 * hit (the app is offline by design), whatever the test checks.
 */
function watchForBreakage(page: Page, problems: string[], origin: string): void {
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) problems.push(`network: ${url}`)
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`)
    }
  })
}

export const test = base.extend<Fixtures>({
  engineRoute: ['discovery', { option: true }],
  dataDirFiles: [{}, { option: true }],
  extraEnv: [{}, { option: true }],

  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  dockerProxy: async ({}, use) => {
    const proxy = await createDockerProxy()
    await proxy.start()
    await use(proxy)
    await proxy.dispose()
  },

  core: async ({ engineRoute, dataDirFiles, extraEnv, dockerProxy }, use, testInfo) => {
    const noDaemon = process.env[NO_DAEMON_ENV]
    testInfo.skip(Boolean(noDaemon), noDaemon)
    const core = await startCore({ ...coreEnv(engineRoute, dockerProxy), ...extraEnv }, dataDirFiles)
    if (engineRoute === 'proxy-setting') {
      const reply = await core.dispatch('settings.update', { engineEndpoint: dockerProxy.endpoint })
      expect(reply.ok, 'settings.update engineEndpoint').toBe(true)
    }
    await use(core)
    await core.dispose()
  },

  appAt: async ({ core }, use) => {
    await use((hash = '') => `${core.entryUrl}${hash}`)
  },

  // eslint-disable-next-line no-empty-pattern
  pageProblems: async ({}, use) => {
    await use([])
  },

  page: async ({ page, core, pageProblems }, use) => {
    watchForBreakage(page, pageProblems, core.origin)
    await use(page)
    expect(pageProblems, 'page errors, CSP refusals or off-origin requests').toEqual([])
  },

  app: async ({ page, appAt }, use) => {
    await page.goto(appAt())
    await use(new AppShell(page))
  },
})

export { expect }
