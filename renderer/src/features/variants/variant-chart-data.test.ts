import { describe, expect, it } from 'vitest'
import type { VariantAdvice, VariantCandidate } from '../../../../shared/model'
import { chartCaption, variantChart } from './variant-chart-data'

function candidate(reference: string, overrides: Partial<VariantCandidate> = {}): VariantCandidate {
  return {
    reference, variant: 'slim', libc: 'glibc', hasShell: true, shell: null, packageManager: 'apt/dpkg', areToolsKnown: true,
    sizeBytes: 119_210_000, sizeSource: 'catalogue, on disk', isApproximate: false, deltaBytes: -990_790_000,
    deltaAgainst: { reference: 'python:3.12', sizeBytes: 1_110_000_000 },
    debugEase: 'easy', attackSurface: 'medium', caveats: [], evidence: ['Its size is measured.'], fromLine: `FROM ${reference}`,
    recommended: false, reason: null, localImageId: null, ...overrides,
  }
}

function advice(candidates: VariantCandidate[], current: Partial<VariantAdvice['current']> = {}): VariantAdvice {
  return {
    current: { reference: 'python:3.12', family: 'python', variant: 'full', libc: 'glibc', sizeBytes: 1_110_000_000, sizeSource: 'catalogue, on disk', ...current },
    candidates, excluded: [], isMinimal: false, note: null, evidence: [],
  }
}

const slim = candidate('python:3.12-slim', { recommended: true })
const alpine = candidate('python:3.12-alpine', { sizeBytes: 48_890_000, variant: 'alpine' })
const distroless = candidate('gcr.io/distroless/python3-debian12', {
  sizeBytes: 50_000_000, sizeSource: 'catalogue, compressed', isApproximate: true, deltaBytes: null, deltaAgainst: null,
})

describe('variant size chart', () => {
  it('draws the current base and the candidates on its basis, and names the one it leaves out', () => {
    const model = variantChart(advice([slim, alpine, distroless]))
    expect(model.basis).toBe('on disk')
    expect(model.bars.map((bar) => [bar.reference, bar.role, bar.sizeText])).toEqual([
      ['python:3.12', 'current', '1.11 GB'],
      ['python:3.12-slim', 'recommended', '119 MB'],
      ['python:3.12-alpine', 'candidate', '48.9 MB'],
    ])
    expect(chartCaption(model)).toBe(
      'Sizes on disk. Not drawn, as only a compressed size is known and it does not compare: gcr.io/distroless/python3-debian12.',
    )
  })

  it('draws compressed sizes together when the current base has only a compressed figure, and says so', () => {
    const model = variantChart(advice([distroless, alpine], { sizeBytes: 400_000_000, sizeSource: 'catalogue, compressed' }))
    expect(model.basis).toBe('compressed')
    expect(model.bars.map((bar) => bar.sizeText)).toEqual(['400 MB', '~50 MB'])
    expect(chartCaption(model)).toMatch(/^Compressed \(download\) sizes, drawn hatched.*~ marks a published approximation/)
  })

  it('draws the basis with more figures, even when that leaves the current base out', () => {
    // On disk against a download size: no delta.
    const slimOnDisk = candidate('node:20-slim', { sizeBytes: 229_000_000, deltaBytes: null, deltaAgainst: null })
    const alpineOnDisk = candidate('node:20-alpine', { sizeBytes: 167_000_000, recommended: true, deltaBytes: null, deltaAgainst: null })
    const model = variantChart(advice([slimOnDisk, alpineOnDisk], { reference: 'node:20', sizeBytes: 409_000_000, sizeSource: 'catalogue, compressed' }))
    expect(model.basis).toBe('on disk')
    expect(model.bars.map((bar) => bar.reference)).toEqual(['node:20-slim', 'node:20-alpine'])
    expect(chartCaption(model)).toBe('Sizes on disk. Not drawn, as only a compressed size is known and it does not compare: node:20.')
  })

  it('draws a sibling of the image after a bar of the image it is measured against, and says so', () => {
    const sibling = candidate('app:1.2-slim', {
      sizeBytes: 4_080_000, sizeSource: 'measured, on disk', deltaBytes: -10_520_000, deltaAgainst: { reference: 'app:1.2', sizeBytes: 14_600_000 },
    })
    const busybox = { reference: 'busybox:1.37', sizeBytes: 1_990_000 }
    const ofBase = candidate('busybox:1.37-musl', { sizeBytes: 1_500_000, sizeSource: 'measured, on disk', deltaBytes: -490_000, deltaAgainst: busybox })
    const model = variantChart(advice([ofBase, sibling], { reference: 'busybox:1.37', sizeBytes: 1_990_000, sizeSource: 'measured, on disk' }))
    expect(model.bars.map((bar) => [bar.reference, bar.role, bar.sizeText])).toEqual([
      ['busybox:1.37', 'current', '1.99 MB'],
      ['busybox:1.37-musl', 'candidate', '1.5 MB'],
      ['app:1.2', 'image', '14.6 MB'],
      ['app:1.2-slim', 'candidate', '4.08 MB'],
    ])
    expect(chartCaption(model)).toBe('Sizes on disk. Compare app:1.2-slim with this image, not with the base: it replaces the whole image.')
  })

  it('takes the on-disk basis when the current size is unknown, and lists what has no size', () => {
    const model = variantChart(advice([alpine, candidate('x:1', { sizeBytes: null, sizeSource: null })], { sizeBytes: null, sizeSource: null }))
    expect(model.basis).toBe('on disk')
    expect(model.bars.map((bar) => bar.reference)).toEqual(['python:3.12-alpine'])
    expect(chartCaption(model)).toBe('Not enough sizes on one basis to compare. No size known: python:3.12, x:1.')
  })
})
