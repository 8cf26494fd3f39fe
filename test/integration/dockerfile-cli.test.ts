import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DockerfileAnalysis } from '../../shared/model'
import { cliEnv, REPO_ROOT, runBaseline, type CliResult } from './support/baseline-cli'

// None of this needs an engine: a Dockerfile is analysed before anything is built. Every run
// points DOCKER_HOST at a socket that does not exist, so it also proves the command works offline.
const DEAD_SOCKET = '/tmp/baseline-dead.sock'
const OFFLINE = cliEnv({ DOCKER_HOST: `unix://${DEAD_SOCKET}` })
const FIXTURES = join(REPO_ROOT, 'test/fixtures/dockerfiles')

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '')

function expectOneCleanLine(result: CliResult, pattern: RegExp): void {
  expect(result.exitCode, result.stdout).toBe(1)
  expect(lines(result.stderr), result.stderr).toHaveLength(1)
  expect(result.stderr).toMatch(pattern)
  expect(result.stderr).not.toMatch(/^\s+at /m)
  expect(result.stdout.trim()).toBe('')
}

/** The first fixture (by name) with several stages and a COPY --from: the shape the contract is about. */
function multiStageFixture(): string {
  const names = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((name) => name.endsWith('.Dockerfile')).sort() : []
  const found = names.find((name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8')
    return (text.match(/^\s*FROM\s/gim) ?? []).length >= 2 && /--from=/i.test(text)
  })
  if (found === undefined) throw new Error(`no multi-stage Dockerfile with COPY --from under ${FIXTURES}`)
  return join(FIXTURES, found)
}

let dir: string
const bad: Record<string, string> = {}

beforeAll(() => {
  expect(existsSync(DEAD_SOCKET), `${DEAD_SOCKET} must not exist for this test`).toBe(false)
  dir = mkdtempSync(join(tmpdir(), 'baseline-dockerfile-cli-'))
  const write = (name: string, content: string | Buffer) => {
    bad[name] = join(dir, name)
    writeFileSync(bad[name], content)
  }
  bad.directory = join(dir, 'folder')
  mkdirSync(bad.directory)
  write('binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]))
  write('huge', '')
  // Sparse: 50 MB that costs no disk, as a mistaken choice of a disk image or an archive would be.
  truncateSync(bad.huge as string, 50 * 1024 * 1024)
  write('invalid-utf8', Buffer.concat([Buffer.from('FROM alpine:3.20\nRUN echo '), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]))
  write('empty', '')
  write('no-from', 'RUN echo hello\nCMD ["sh"]\n')
  write('from-without-argument', 'FROM\nRUN echo hello\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('`baseline dockerfile` on input that is not a Dockerfile', () => {
  it.each([
    ['directory', /folder/i],
    ['binary', /binary/i],
    ['huge', /50\.0 MiB.*at most 1 MiB/],
    ['invalid-utf8', /not valid UTF-8/],
    ['empty', /empty/i],
    ['no-from', /FROM/],
    ['from-without-argument', /FROM/],
  ])('a %s exits 1 with one clear line and no stack trace', async (name, pattern) => {
    for (const extra of [[], ['--json']]) {
      expectOneCleanLine(await runBaseline(['dockerfile', bad[name] as string, ...extra], OFFLINE), pattern)
    }
  })

  it('a path that does not exist exits 1 naming it', async () => {
    expectOneCleanLine(await runBaseline(['dockerfile', join(dir, 'nope')], OFFLINE), /No such file: .*nope/)
  })
})

describe('`baseline dockerfile` on a real multi-stage Dockerfile, offline', () => {
  it('prints the contract fields as JSON', async () => {
    const result = await runBaseline(['dockerfile', multiStageFixture(), '--json'], OFFLINE)
    expect(result.exitCode, result.stderr).toBe(0)
    const analysis = JSON.parse(result.stdout) as DockerfileAnalysis
    expect(analysis.stages.length).toBeGreaterThanOrEqual(2)
    for (const stage of analysis.stages) {
      expect(Object.keys(stage)).toEqual(expect.arrayContaining(['index', 'name', 'from', 'resolvedFrom', 'platform', 'isStageRef']))
      expect(typeof stage.from).toBe('string')
      expect(typeof stage.isStageRef).toBe('boolean')
    }
    expect(analysis.stages.map((stage) => stage.index)).toEqual(analysis.stages.map((_, index) => index))
    expect(analysis.finalStage).toBe(analysis.stages.length - 1)
    expect(analysis.finalBase === null || typeof analysis.finalBase === 'string').toBe(true)
    expect(typeof analysis.pinning).toBe('string')
    expect(['debian', 'alpine', 'ubuntu', 'distroless', 'scratch', 'unknown']).toContain(analysis.os)
    expect(['full', 'slim', 'alpine', 'distroless', 'scratch', 'other']).toContain(analysis.variant)
    for (const finding of analysis.findings) {
      expect(finding).toEqual(expect.objectContaining({ rule: expect.any(String), severity: expect.any(String), line: expect.any(Number), message: expect.any(String) }))
    }
    for (const suggestion of analysis.suggestions) {
      expect(suggestion).toEqual(expect.objectContaining({ reference: expect.any(String), reason: expect.any(String) }))
    }
    expect(typeof analysis.suggestedDockerfile).toBe('string')
  })

  it('prints the stages table, the findings and the diff for people', async () => {
    const result = await runBaseline(['dockerfile', multiStageFixture()], OFFLINE)
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^STAGE\s+NAME\s+FROM\s+PINNING/m)
    expect(result.stdout).toContain('Final base:')
    expect(result.stdout).toMatch(/Findings:|No findings\./)
    expect(result.stdout).toMatch(/Suggested Dockerfile \(diff\):|Nothing to change/)
  })
})
