import { describe, expect, it } from 'vitest'
import type { ComparedImage } from '../../../shared/model'
import type { PinningVerdict } from '../../../shared/lib/pinning'
import { loadCatalog } from '../../core/catalog/catalog'
import { sampleComparison } from '../../core/report/test-support/sample-comparison'
import { failureLine, judge } from './judge'

const catalog = loadCatalog()
const [sample] = sampleComparison().images
if (!sample) throw new Error('sample has no image')

/** The sample app (131 MB, 12 MB own, on python:3.12-slim pinned minor) with these changes. */
const image = (changes: Partial<Omit<ComparedImage, 'pinning'>> & { baseReference?: string; pinning?: PinningVerdict }): ComparedImage => {
  const { baseReference, pinning, ...rest } = changes
  return {
    ...sample,
    ...rest,
    base: baseReference === undefined ? sample.base : { ...sample.base, reference: baseReference, hierarchy: [baseReference] },
    pinning: pinning === undefined ? sample.pinning : { class: pinning, explanation: '' },
  }
}

const checks = (failures: ReturnType<typeof judge>) => failures.map((failure) => failure.check)

describe('judge', () => {
  it('passes an image within every limit', () => {
    const thresholds = { maxSizeBytes: 200_000_000, maxOwnSizeBytes: 50_000_000, requirePinnedBase: true, minPinning: 'minor' as const, forbidFullBase: true }
    expect(judge([image({})], thresholds, catalog)).toEqual([])
  })

  it('fails a size over the limit, naming the image, the value and the limit', () => {
    const failures = judge([image({})], { maxSizeBytes: 100_000_000 }, catalog)
    expect(failures.map(failureLine)).toEqual(['FAIL shop/app:1.0: max-size: 131 MB (limit: 100 MB)'])
  })

  it('fails own bytes over the limit', () => {
    expect(failureLine(judge([image({})], { maxOwnSizeBytes: 10_000_000 }, catalog)[0] ?? { image: '', check: '', value: '', limit: '' }))
      .toBe('FAIL shop/app:1.0: max-own-size: 12 MB (limit: 10 MB)')
  })

  it.each<PinningVerdict>(['latest', 'none', 'floating-named', 'unknown'])('requires a pinned base: %s fails', (pinning) => {
    expect(checks(judge([image({ pinning })], { requirePinnedBase: true }, catalog))).toEqual(['require-pinned-base'])
  })

  it.each<PinningVerdict>(['digest', 'exact', 'minor', 'major', 'not-applicable'])('requires a pinned base: %s passes', (pinning) => {
    expect(judge([image({ pinning })], { requirePinnedBase: true }, catalog)).toEqual([])
  })

  it('orders pinning digest > exact > minor > major > floating-named > latest > none', () => {
    const failing = (minimum: 'exact' | 'minor' | 'major') =>
      (['digest', 'exact', 'minor', 'major', 'floating-named', 'latest', 'none', 'unknown'] as PinningVerdict[]).filter(
        (pinning) => judge([image({ pinning })], { minPinning: minimum }, catalog).length > 0,
      )
    expect(failing('minor')).toEqual(['major', 'floating-named', 'latest', 'none', 'unknown'])
    expect(failing('exact')).toEqual(['minor', 'major', 'floating-named', 'latest', 'none', 'unknown'])
    expect(failing('major')).toEqual(['floating-named', 'latest', 'none', 'unknown'])
  })

  it('forbids a full official base when a slimmer variant exists, naming some', () => {
    const [failure] = judge([image({ baseReference: 'python:3.12' })], { forbidFullBase: true }, catalog)
    expect(failure?.check).toBe('forbid-full-base')
    expect(failure?.value).toBe('python:3.12 (full)')
    expect(failure?.limit).toMatch(/python:3\.12-slim/)
  })

  it('does not call slim, alpine or a company base full', () => {
    for (const baseReference of ['python:3.12-slim', 'python:3.12-alpine', 'acme/base:1.0']) {
      expect(judge([image({ baseReference })], { forbidFullBase: true }, catalog), baseReference).toEqual([])
    }
  })

  it('judges every image and reports each failure', () => {
    const failures = judge([image({ reference: 'a' }), image({ reference: 'b', pinning: 'latest' })], { maxSizeBytes: 1, minPinning: 'minor' }, catalog)
    expect(failures.map((failure) => `${failure.image} ${failure.check}`)).toEqual(['a max-size', 'b max-size', 'b min-pinning'])
  })
})
