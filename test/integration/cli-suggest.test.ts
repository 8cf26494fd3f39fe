import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import type { VariantAdvice } from '../../shared/model'
import { adviceSummary, recommendedOf } from '../fixtures/advice/suggest-cli'
import { cliEnv, runBaseline, type CliResult } from './support/baseline-cli'

const DEAD_SOCKET = '/tmp/baseline-dead.sock'
const DEAD_ENGINE = cliEnv({ DOCKER_HOST: `unix://${DEAD_SOCKET}` })

const lines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '')

function expectNoStackTrace(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^\s+at /m)
  expect(result.stdout).not.toMatch(/^\s+at /m)
}

/** The names of the JSON contract (issue 4, "CLI"), with the type each must have. */
const CURRENT_CONTRACT = { reference: 'string', family: 'string', variant: 'string', libc: 'string', sizeBytes: 'number', sizeSource: 'string' }
const CANDIDATE_CONTRACT = {
  reference: 'string', variant: 'string', libc: 'string', hasShell: 'boolean', packageManager: 'string|null', sizeBytes: 'number',
  sizeSource: 'string', deltaBytes: 'number|null', debugEase: 'string', caveats: 'array', evidence: 'array', fromLine: 'string', recommended: 'boolean',
  reason: 'string|null',
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value)

function expectContract(value: object, contract: Record<string, string>, where: string): void {
  for (const [name, types] of Object.entries(contract)) {
    expect(name in value, `${where} has no "${name}"`).toBe(true)
    expect(types.split('|'), `${where}.${name}`).toContain(typeOf((value as Record<string, unknown>)[name]))
  }
}

async function suggestFrom(args: string[], env = cliEnv()): Promise<{ result: CliResult; advice: VariantAdvice }> {
  const result = await runBaseline(['suggest', '--from', ...args, '--json'], env)
  expect(result.exitCode, result.stderr).toBe(0)
  expect(result.stderr).toBe('')
  return { result, advice: JSON.parse(result.stdout) as VariantAdvice }
}

// None of these needs an engine: a bare reference is advised from the catalogue alone, and a
// malformed one is refused before anything is asked of the engine.
describe('`baseline suggest --from` with a malformed reference', () => {
  it.each([
    ['Python:3.12', /lowercase/],
    ['python:3.12:slim', /not a valid image reference/i],
  ])('`suggest --from %s` exits non-zero with one line naming the reference, and no stack', async (reference, why) => {
    for (const [args, env] of [[['--json'], cliEnv()], [[], cliEnv()], [['--json'], DEAD_ENGINE]] as const) {
      const result = await runBaseline(['suggest', '--from', reference, ...args], env)
      const label = `suggest --from ${reference} ${args.join(' ')}${env === DEAD_ENGINE ? ' (no engine)' : ''}`
      expect(result.exitCode, label).not.toBe(0)
      expect(lines(result.stderr), label).toHaveLength(1)
      expect(result.stderr, label).toContain(reference)
      expect(result.stderr, label).toMatch(why)
      expect(result.stdout.trim(), label).toBe('')
      expectNoStackTrace(result)
    }
  })

  it('`suggest --from ""` is a usage error: what is missing, where help is, and no stack', async () => {
    const result = await runBaseline(['suggest', '--from', '', '--json'])
    expect(result.exitCode).toBe(2)
    expect(lines(result.stderr)).toEqual([
      'baseline: suggest --from needs one image reference, e.g. python:3.12',
      "Run 'baseline --help' for usage.",
    ])
    expect(result.stdout.trim()).toBe('')
    expectNoStackTrace(result)
  })
})

describe('`baseline suggest --from python:3.12 --json`', () => {
  it('prints the contract: current base and candidates with every named field', async () => {
    const { advice } = await suggestFrom(['python:3.12'])
    expectContract(advice.current, CURRENT_CONTRACT, 'current')
    expect(advice.candidates.length, adviceSummary(advice)).toBeGreaterThan(0)
    advice.candidates.forEach((candidate, index) => expectContract(candidate, CANDIDATE_CONTRACT, `candidates[${index}]`))
  })

  it('takes python:3.12 as the full image of the 3.12 line, sized by the catalogue, and recommends python:3.12-slim', async () => {
    const { advice } = await suggestFrom(['python:3.12'])
    expect(advice.current).toEqual({
      reference: 'python:3.12', family: 'python', variant: 'full', libc: 'glibc',
      sizeBytes: catalogueSize('python:3.12'), sizeSource: 'catalogue, on disk',
    })
    const best = recommendedOf(advice)
    expect(best?.reference, adviceSummary(advice)).toBe('python:3.12-slim')
    expect(best?.fromLine).toMatch(/^FROM python:3\.12-slim@sha256:[0-9a-f]{64}$/)
    expect(best?.deltaBytes).toBe(catalogueSize('python:3.12-slim') - catalogueSize('python:3.12'))
    for (const candidate of advice.candidates) expect(candidate.sizeSource, candidate.reference).toMatch(/^catalogue, /)
  })

  it('prints the same advice when DOCKER_HOST points at a dead socket: the engine is not needed', async () => {
    expect(existsSync(DEAD_SOCKET), `${DEAD_SOCKET} must not exist for this test`).toBe(false)
    const live = await suggestFrom(['python:3.12'])
    const dead = await suggestFrom(['python:3.12'], DEAD_ENGINE)
    expect(dead.advice).toEqual(live.advice)
  })

  it('with --debug-in-production, recommends a variant with a shell and rules distroless out for that reason', async () => {
    const { advice } = await suggestFrom(['python:3.12', '--debug-in-production'])
    const summary = adviceSummary(advice)
    const best = recommendedOf(advice)
    expect(best, summary).toBeDefined()
    expect(best?.reference).not.toMatch(/distroless/)
    expect(best?.hasShell).toBe(true)
    expect(advice.candidates.filter((candidate) => candidate.reference.includes('distroless')), summary).toEqual([])
    const distroless = advice.excluded.find((item) => item.reference === 'gcr.io/distroless/python3-debian12')
    expect(distroless?.reason, summary).toMatch(/debug these containers in production/)
  })
})

function catalogueSize(reference: string): number {
  const sizeBytes: unknown = catalogJson.entries.find((entry) => entry.reference === reference)?.sizeBytes
  if (typeof sizeBytes !== 'number') throw new Error(`the catalogue has no on-disk size for ${reference}`)
  return sizeBytes
}
