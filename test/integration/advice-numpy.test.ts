import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VariantAdvice } from '../../shared/model'
import { createAdviceScope, removeAdviceLeftovers } from '../fixtures/advice/advice-scope'
import { numpyOnLocalSlimSpec, numpyOnPulledFullSpec } from '../fixtures/advice/python-app-specs'
import { adviceSummary, suggestJson } from '../fixtures/advice/suggest-cli'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { fixtureRefs, loadImages } from '../fixtures/images'
import { noDocker } from './support/daemon'

const isMusl = (candidate: { variant: string; libc: string | null; reference: string }): boolean =>
  candidate.libc === 'musl' || candidate.variant.includes('alpine') || candidate.reference.includes('alpine')

/** What every image that pip-installs numpy must get: no Alpine, and Alpine ruled out for that reason. */
function expectNeverAlpine(advice: VariantAdvice): void {
  const summary = adviceSummary(advice)
  expect(advice.candidates.filter(isMusl), summary).toEqual([])
  const alpine = advice.excluded.find((item) => item.reference === 'python:3.12-alpine')
  expect(alpine, summary).toBeDefined()
  expect(alpine?.reason).toMatch(/numpy/)
  expect(alpine?.reason).toMatch(/musl/)
  expect(advice.evidence.join('\n'), summary).toMatch(/pip installs numpy and pandas/)
}

describe.skipIf(noDocker)('an image whose history installs numpy with pip', () => {
  const scope = createAdviceScope('numpy')
  const refs = { onSlim: scope.ref('on-slim', '1.0'), onFull: scope.ref('on-full', '1.0') }
  let home: CacheHome

  beforeAll(async () => {
    await removeAdviceLeftovers()
    await loadImages([
      numpyOnLocalSlimSpec({ tag: refs.onSlim, labels: scope.labels, nonce: scope.nonce }),
      numpyOnPulledFullSpec({ tag: refs.onFull, labels: scope.labels, nonce: scope.nonce }),
    ])
    home = createCacheHome()
  })
  afterAll(async () => {
    home?.remove()
    expect(await scope.cleanup()).toEqual([])
  })

  describe('built FROM python:3.12-slim, whose copy is local', () => {
    let advice: VariantAdvice
    beforeAll(async () => {
      advice = await suggestJson(home, [refs.onSlim])
    })

    it('knows the base as Python 3.12 slim on glibc', () => {
      expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: fixtureRefs.pythonSlim, family: 'python', variant: 'slim', libc: 'glibc' })
    })

    it('never advises Alpine, and names python:3.12-alpine as ruled out because numpy needs glibc, not musl', () => {
      expectNeverAlpine(advice)
    })

    it('still rules Alpine out when people debug in production', async () => {
      expectNeverAlpine(await suggestJson(home, [refs.onSlim, '--debug-in-production']))
    })
  })

  describe('built FROM python:3.12 (the full image), loaded without its base', () => {
    let advice: VariantAdvice
    beforeAll(async () => {
      advice = await suggestJson(home, [refs.onFull])
    })

    it('knows the base as Python 3.12, the full variant, from its history', () => {
      expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: 'python:3.12', family: 'python', variant: 'full', libc: 'glibc' })
    })

    it('never advises Alpine, and names python:3.12-alpine as ruled out because numpy needs glibc, not musl', () => {
      expectNeverAlpine(advice)
    })
  })
})
