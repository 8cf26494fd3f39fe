import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VariantAdvice } from '../../shared/model'
import { createAdviceScope, dockerSizeOf, removeAdviceLeftovers } from '../fixtures/advice/advice-scope'
import { buildSiblings, type SiblingImages } from '../fixtures/advice/sibling-images'
import { adviceSummary, recommendedOf, suggestJson } from '../fixtures/advice/suggest-cli'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { imageIdOf } from '../fixtures/analysis/build-image'
import { noDocker } from './support/daemon'

describe.skipIf(noDocker)('a local "full" image and its local "-slim" sibling of the same repository', () => {
  const scope = createAdviceScope('sibling')
  let images: SiblingImages
  let home: CacheHome
  const size: Record<keyof SiblingImages, number> = { full: 0, slim: 0, heavyAlpine: 0, otherVersion: 0, onFull: 0 }

  beforeAll(async () => {
    await removeAdviceLeftovers()
    images = await buildSiblings(scope)
    for (const name of Object.keys(size) as (keyof SiblingImages)[]) size[name] = await dockerSizeOf(images[name])
    home = createCacheHome()
  })
  afterAll(async () => {
    home?.remove()
    expect(await scope.cleanup()).toEqual([])
  })

  it('builds the slim sibling smaller and the heavy "-alpine" one larger than the full build (the premise)', () => {
    expect(size.slim).toBeLessThan(size.full)
    expect(size.heavyAlpine).toBeGreaterThan(size.full)
  })

  describe('`suggest <full> --json`', () => {
    let advice: VariantAdvice
    beforeAll(async () => {
      advice = await suggestJson(home, [images.full])
    })

    it('lists the slim sibling as a candidate, measured on disk at exactly what docker image inspect says', () => {
      const slim = advice.candidates.find((candidate) => candidate.reference === images.slim)
      expect(slim, adviceSummary(advice)).toBeDefined()
      expect(slim).toMatchObject({ variant: 'slim', sizeSource: 'measured, on disk', sizeBytes: size.slim, isApproximate: false })
    })

    it('gives the slim sibling the exact delta slim − full, both as docker measures them', () => {
      const slim = advice.candidates.find((candidate) => candidate.reference === images.slim)
      expect(slim?.deltaBytes, adviceSummary(advice)).toBe(size.slim - size.full)
      expect(slim?.deltaBytes).toBeLessThan(0)
    })

    it('writes the FROM line of the sibling as its own tag and names the local image it measured', async () => {
      const slim = advice.candidates.find((candidate) => candidate.reference === images.slim)
      expect(slim?.fromLine).toBe(`FROM ${images.slim}`)
      expect(slim?.localImageId).toBe(await imageIdOf(images.slim))
    })

    it('rules the heavier "-alpine" tag out as not smaller, with both measured sizes, and ignores 1.3-slim', () => {
      const references = advice.candidates.map((candidate) => candidate.reference)
      expect(references, adviceSummary(advice)).not.toContain(images.heavyAlpine)
      expect(references).not.toContain(images.otherVersion)
      expect(advice.excluded.map((item) => item.reference)).not.toContain(images.otherVersion)
      const heavy = advice.excluded.find((item) => item.reference === images.heavyAlpine)
      expect(heavy?.reason, adviceSummary(advice)).toMatch(/^Not smaller than /)
      expect(heavy?.reason).toContain(images.full)
      expect(heavy?.reason).toContain('measured on disk')
    })
  })

  describe('`suggest <an image built FROM the full one> --json`', () => {
    let advice: VariantAdvice
    beforeAll(async () => {
      advice = await suggestJson(home, [images.onFull])
    })

    it('shows the full build as the current base, measured on disk', () => {
      expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: images.full, sizeBytes: size.full, sizeSource: 'measured, on disk' })
    })

    it('recommends the base\'s slim sibling, with its measured size and the exact delta against the base', () => {
      const best = recommendedOf(advice)
      expect(best?.reference, adviceSummary(advice)).toBe(images.slim)
      expect(best).toMatchObject({ sizeSource: 'measured, on disk', sizeBytes: size.slim, deltaBytes: size.slim - size.full, fromLine: `FROM ${images.slim}` })
      expect(best?.reason).toContain(images.full)
    })
  })
})
