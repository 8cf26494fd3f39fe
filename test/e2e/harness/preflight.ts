import { existsSync } from 'node:fs'
import { isDaemonReachable } from './docker-cli'
import { missingBuildMessage } from './renderer-server'

/** Debian's Chromium: Playwright's own browser download cannot work here (ENVIRONMENT.md). */
export const CHROMIUM_PATH = '/usr/bin/chromium'

/** Set by the global setup when no daemon answers; every test that needs the core skips with it. */
export const NO_DAEMON_ENV = 'BASELINE_E2E_NO_DAEMON'

/**
 * What must hold before any test runs. Missing build or browser fails at once with what to do;
 * a missing daemon is a loud skip locally and a failure when REQUIRE_DOCKER=1 (CI), as DESIGN.md
 * asks of every daemon test.
 */
export async function preflight(): Promise<{ hasDaemon: boolean }> {
  const missingBuild = missingBuildMessage()
  if (missingBuild) throw new Error(missingBuild)
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install -y chromium).`)
  }
  if (await isDaemonReachable()) return { hasDaemon: true }

  const reason = 'no Docker daemon answers (docker version failed): the e2e tests need the real engine'
  if (process.env.REQUIRE_DOCKER === '1') throw new Error(`${reason}, and REQUIRE_DOCKER=1 makes that a failure.`)
  console.warn(`\n*** e2e: SKIPPING every test that needs the engine: ${reason}. ***\n`)
  // Playwright hands variables set in the global setup to the workers.
  process.env[NO_DAEMON_ENV] = reason
  return { hasDaemon: false }
}
