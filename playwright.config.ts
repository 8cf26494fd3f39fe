import { defineConfig } from '@playwright/test'
import { CHROMIUM_PATH } from './test/e2e/harness/preflight'

/**
 * End to end: the built renderer in Debian's Chromium, served by the real `baseline ui` server
 * over the real core and daemon. This file builds nothing: `npm run build` comes first
 * (test/run-all.mjs runs it), and the global setup fails with that instruction when the build is
 * missing. Only `*.spec.ts` runs here; the README screenshots (readme.screenshots.ts) are taken by
 * `npm run screenshots`, since they rewrite tracked files. Every other picture goes to the ignored
 * artifacts folder.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test/e2e/artifacts',
  globalSetup: './test/e2e/harness/global-setup.ts',
  // The daemon is shared state (tags come and go, the proxy cuts the engine): one test at a time.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    video: 'off',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Quiet offline: nothing may try the network (ENVIRONMENT.md, Chromium + Playwright).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
})
