import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VariantAdvice } from '../../shared/model'
import { createAdviceScope, removeAdviceLeftovers } from '../fixtures/advice/advice-scope'
import { buildCorpusImage, loadCorpusBase } from '../fixtures/advice/corpus-images'
import { adviceSummary, recommendedOf, suggestJson } from '../fixtures/advice/suggest-cli'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { noDocker } from './support/daemon'

// More than python:3.12-slim's 119 MB in the catalogue, so the slim variant is smaller, as for the real image.
const FULL_PYTHON_BYTES = 130_000_000

/**
 * Images built for real from Dockerfiles of the advice corpus (test/fixtures/dockerfile-advice),
 * then advised on through `baseline suggest`: the image-side path reads the history the build
 * left, not the Dockerfile, and must reach the same verdicts.
 */
describe.skipIf(noDocker)('advice on images built from the corpus', () => {
  const scope = createAdviceScope('corpus')
  const advice: Record<string, VariantAdvice> = {}
  let home: CacheHome

  beforeAll(async () => {
    await removeAdviceLeftovers()
    home = createCacheHome()
    const base = await loadCorpusBase('python:3.12', scope, FULL_PYTHON_BYTES)
    const files = {
      psycopg2: '18-psycopg2-from-source.Dockerfile',
      pure: '09-pure-python-near-miss.Dockerfile',
      posix: '17-posix-sh-near-miss.Dockerfile',
    }
    for (const [name, file] of Object.entries(files)) {
      advice[name] = await suggestJson(home, [await buildCorpusImage(file, scope, name, base)])
    }
  })
  afterAll(async () => {
    home?.remove()
    expect(await scope.cleanup()).toEqual([])
  })

  it('class 3: a final stage that builds psycopg2 from source gets python:3.12-slim as the run-time stage of a split, never Alpine', () => {
    const result = advice.psycopg2 as VariantAdvice
    expect(result.current, adviceSummary(result)).toMatchObject({ family: 'python', variant: 'full', libc: 'glibc' })
    expect(recommendedOf(result)?.reference, adviceSummary(result)).toBe('python:3.12-slim')
    expect(recommendedOf(result)?.reason).toMatch(/^As the run-time stage of a multi-stage build: the final stage pip builds psycopg2 from source/)
    expect(result.excluded.find((item) => item.reference === 'python:3.12-alpine')?.reason).toContain('pip installs psycopg2')
  })

  it('near miss (class 1): pure Python is sent to Alpine, where it runs', () => {
    const result = advice.pure as VariantAdvice
    expect(recommendedOf(result)?.reference, adviceSummary(result)).toBe('python:3.12-alpine')
    expect(result.excluded.find((item) => item.reference === 'gcr.io/distroless/python3-debian12')?.reason).toMatch(/RUN needs a shell|release line/)
  })

  it('near miss (class 2): a POSIX sh entrypoint keeps Alpine (it has sh) and rules distroless out', () => {
    const result = advice.posix as VariantAdvice
    expect(recommendedOf(result)?.reference, adviceSummary(result)).toBe('python:3.12-alpine')
    expect(recommendedOf(result)?.evidence.join('\n')).toContain('which the image needs')
  })

  it('gives every candidate its evidence', () => {
    for (const result of Object.values(advice)) {
      for (const candidate of result.candidates) expect(candidate.evidence.length, candidate.reference).toBeGreaterThan(0)
    }
  })
})
