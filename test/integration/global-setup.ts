import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
import { dockerReachable, ensureFixtures } from '../fixtures/images'
import { REPO_ROOT } from './support/baseline-cli'
import './support/provided-context'

const run = promisify(execFile)

function banner(lines: string[]): void {
  const width = Math.max(...lines.map((line) => line.length)) + 4
  const rule = '!'.repeat(width)
  const body = lines.map((line) => `! ${line.padEnd(width - 4)} !`)
  console.warn(['', rule, ...body, rule, ''].join('\n'))
}

/**
 * The tests run the CLI as users do (bin/baseline.js -> out/cli). Compiling it here means a
 * changed core is never tested through a stale build; test/run-all.mjs has just built it and
 * sets BASELINE_CLI_BUILT=1 to skip this.
 */
async function buildCli(): Promise<void> {
  if (process.env.BASELINE_CLI_BUILT === '1') return
  const started = Date.now()
  const tsc = require.resolve('typescript/bin/tsc', { paths: [REPO_ROOT] })
  await run(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: REPO_ROOT }).catch((error: { stdout?: string }) => {
    throw new Error(`compiling the CLI (tsc -p tsconfig.cli.json) failed:\n${error.stdout ?? String(error)}`)
  })
  console.log(`[integration] CLI compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/**
 * Once per run: is there an engine? Without one, every daemon test skips with a loud reason —
 * unless REQUIRE_DOCKER=1 (CI), where that is a failure. With one, build the fixture images.
 */
export default async function setup(project: TestProject): Promise<void> {
  // Before the engine check: the dead-endpoint tests run the CLI with no engine at all.
  await buildCli()
  const engine = await dockerReachable()
  const testEngine = process.env.BASELINE_TEST_ENGINE
  const which = testEngine ? `test engine ${testEngine} (DOCKER_HOST=${process.env.DOCKER_HOST ?? ''})` : 'Docker engine'
  if (!engine.ok) {
    const reason = `no ${which} answered: ${engine.reason}`
    // The default engine is required by REQUIRE_DOCKER=1; the other test engines by REQUIRE_ENGINES=1.
    const required = testEngine && testEngine !== 'docker20' ? process.env.REQUIRE_ENGINES === '1' : process.env.REQUIRE_DOCKER === '1'
    if (required) {
      throw new Error(`${reason}\nREQUIRE_DOCKER/REQUIRE_ENGINES=1: daemon tests must not skip in CI. Start the engine (see .ci/run, test/engines) and retry.`)
    }
    banner([
      'INTEGRATION TESTS SKIPPED: they need a real Docker engine.',
      reason,
      'Start one (dockerd --iptables=false &) or set REQUIRE_DOCKER=1 to make this a failure.',
    ])
    project.provide('dockerSkipReason', reason)
    return
  }
  const report = await ensureFixtures()
  const what = report.created.length > 0 ? `built ${report.created.join(', ')}` : 'all present'
  console.log(`[integration] ${which}: fixture images ${what} (${(report.elapsedMs / 1000).toFixed(1)} s)`)
  project.provide('dockerSkipReason', '')
}
