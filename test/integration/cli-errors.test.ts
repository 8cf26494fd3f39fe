import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cliEnv, runBaseline, type CliResult } from './support/baseline-cli'
import { noDocker } from './support/daemon'

const DEAD_SOCKET = '/tmp/baseline-dead.sock'
const DEAD_HOST = `unix://${DEAD_SOCKET}`

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '')

/** What a user must never see: a Node stack trace. */
function expectNoStackTrace(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^\s+at /m)
  expect(result.stdout).not.toMatch(/^\s+at /m)
}

describe.skipIf(noDocker)('the CLI on bad input', () => {
  it.each([[[]], [['--json']]])('`baseline inspect no-such-image %j` fails with one clear line', async (extra) => {
    const result = await runBaseline(['inspect', 'no-such-image', ...extra])
    expect(result.exitCode).not.toBe(0)
    expect(lines(result.stderr)).toHaveLength(1)
    expect(result.stderr).toContain('no-such-image')
    expect(result.stdout.trim()).toBe('')
    expectNoStackTrace(result)
  })
})

// Needs no engine: it is about the absence of one. DOCKER_HOST wins over every other endpoint,
// as it does for the docker CLI, so a dead one must fail rather than quietly use another engine.
describe('the CLI when DOCKER_HOST points at a dead socket', () => {
  const env = cliEnv({ DOCKER_HOST: DEAD_HOST })

  it.each([
    ['images', ['images']],
    ['images --json', ['images', '--json']],
    ['inspect', ['inspect', 'busybox']],
    ['inspect --json', ['inspect', 'busybox', '--json']],
  ])('`baseline %s` fails, names the endpoint it tried, and shows no stack trace', async (_name, args) => {
    expect(existsSync(DEAD_SOCKET), `${DEAD_SOCKET} must not exist for this test`).toBe(false)
    const result = await runBaseline(args, env)
    expect(result.exitCode).not.toBe(0)
    expect(result.stderr).toContain(DEAD_SOCKET)
    expect(result.stdout.trim()).toBe('')
    expectNoStackTrace(result)
  })
})
