import { performance } from 'node:perf_hooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { loadImages } from '../fixtures/images/generated-images'
import { BACKTRACKING_LABEL, BACKTRACKING_LABEL_2000, hostileMetadataSpec, labelledSpec } from '../fixtures/images/hostile-metadata'
import { FIXTURE_REPO } from '../fixtures/images/fixture-names'
import { noDocker } from './support/daemon'

const RAW = ['\u202e', '\u2066', '\u2069', '\u001b', '\u0000', '\u200b']

describe.skipIf(noDocker)('images whose metadata an attacker wrote', () => {
  const scope = createAnalysisScope('hostile')
  const refs = { control: scope.ref('control'), short: scope.ref('backtrack'), long: scope.ref('backtrack-2000'), metadata: scope.ref('metadata', 't'.repeat(128)) }
  // The longest name Docker takes: 255 characters once normalised to docker.io/<path>.
  const longName = `${FIXTURE_REPO}/hostile-${scope.nonce}/${'n'.repeat(255 - 'docker.io/'.length - FIXTURE_REPO.length - `/hostile-${scope.nonce}/`.length)}:1`
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    await loadImages([
      labelledSpec(refs.control, 'python:3.12-slim', scope.labels),
      labelledSpec(refs.short, BACKTRACKING_LABEL, scope.labels),
      labelledSpec(refs.long, BACKTRACKING_LABEL_2000, scope.labels),
      hostileMetadataSpec([refs.metadata, longName], scope.labels),
    ])
    home = createCacheHome()
    // For comparison in the printed times: the same image shape with an ordinary base label.
    expect((await timedAnalyze(refs.control)).exitCode).toBe(0)
  }, 300_000)
  afterAll(async () => {
    home?.remove()
    expect(await scope.cleanup()).toEqual([])
  })

  async function timedAnalyze(reference: string) {
    const started = performance.now()
    const result = await home.run(['analyze', reference, '--json'])
    console.log(`baseline analyze ${reference.slice(0, 60)}…: ${Math.round(performance.now() - started)} ms (exit ${result.exitCode})`)
    return result
  }

  it.each([
    ['the backtracking base label', () => refs.short, BACKTRACKING_LABEL],
    ['its 2,000-character variant', () => refs.long, BACKTRACKING_LABEL_2000],
  ])('answers for %s and reports the label as not a valid reference', async (_name, ref, label) => {
    const result = await timedAnalyze(ref())
    expect(result.exitCode).toBe(0)
    const analysis = JSON.parse(result.stdout) as { pinning: { reference: string; class: string; explanation: string } }
    expect(analysis.pinning).toMatchObject({ reference: label, class: 'invalid' })
    expect(analysis.pinning.explanation).toMatch(/^Not a valid image reference: /)
  })

  it('analyses the image with 10,000 labels, 5,000 history steps and megabyte values', async () => {
    const result = await timedAnalyze(refs.metadata)
    expect(result.exitCode).toBe(0)
    const analysis = JSON.parse(result.stdout) as { tags: string[]; pinning: { class: string } }
    expect(analysis.tags.sort()).toEqual([longName, refs.metadata].sort())
    expect(analysis.pinning.class).toBe('invalid')
  })

  it('prints its history one row per step, with control and bidi characters as escapes', async () => {
    const result = await home.run(['inspect', refs.metadata])
    expect(result.exitCode).toBe(0)
    for (const character of RAW) expect(result.stdout).not.toContain(character)
    expect(result.stdout).toContain('\\u202e')
    const envRows = result.stdout.split('\n').filter((line) => line.includes('ENV STEP_'))
    expect(envRows).toHaveLength(5_000)
  })

  it('lists every tag of the run on one row, the 255-character name and the 128-character tag included', async () => {
    const result = await home.run(['images'])
    expect(result.exitCode).toBe(0)
    const rows = result.stdout.split('\n').filter((line) => line.includes(scope.nonce))
    expect(rows).toHaveLength(5)
    expect(rows.some((row) => row.includes('t'.repeat(128)))).toBe(true)
  })
})
