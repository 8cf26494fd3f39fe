import { describe, expect, it } from 'vitest'
import type { BaseDetection, BaseLevel, ImageAnalysis, PinningSummary } from '../../../../shared/model'
import { breadcrumb, methodWords, pinningTone } from './base-text'

const href = (id: string) => `#/images/${id}`

function level(overrides: Partial<BaseLevel>): BaseLevel {
  return {
    reference: null, aliases: [], imageId: null, method: 'layer-chain', confidence: 1,
    evidence: '', layerCount: 1, historyCount: 1, isUntagged: false, ...overrides,
  }
}

function analysis(tags: string[], levels: BaseLevel[]): ImageAnalysis {
  const base: BaseDetection = { ...(levels[0] ?? level({ method: 'none', confidence: 0 })), hierarchy: [], levels }
  return {
    analyzerVersion: '1', id: 'sha256:aaaaaaaaaaaabbbb', tags, sizeBytes: 0, baseSizeBytes: 0, ownSizeBytes: 0,
    layers: [], base, pinning: { reference: null, class: 'none', explanation: '' }, baseMoved: null,
    baseMovedDetail: null, analyzedAt: '2024-01-01T00:00:00Z',
  }
}

const pin = (cls: string, reference: string | null = 'x:1'): PinningSummary => ({ reference, class: cls, explanation: '' })

describe('base method in words', () => {
  it('names each way a base is found, and says plainly when none was', () => {
    expect(['label', 'layer-chain', 'history', 'none'].map((m) => methodWords(m as BaseLevel['method']))).toEqual([
      'OCI labels', 'layer chain', 'history fingerprint', 'no base found',
    ])
  })
})

describe('pinning colour', () => {
  it('ranks digest and exact good, minor and major medium, floating names poor', () => {
    expect(['digest', 'exact', 'minor', 'major', 'floating-named', 'latest', 'none'].map((c) => pinningTone(pin(c)))).toEqual([
      'good', 'good', 'medium', 'medium', 'poor', 'poor', 'poor',
    ])
  })

  it('judges nothing when there is no base reference, or scratch, or a reference it cannot read', () => {
    expect(pinningTone(pin('unknown', null))).toBe('neutral')
    expect(pinningTone(pin('none', 'python'))).toBe('poor')
    expect(pinningTone(pin('not-applicable', 'scratch'))).toBe('neutral')
    expect(pinningTone(pin('unresolved', '${BASE}'))).toBe('neutral')
  })
})

describe('base breadcrumb', () => {
  it('starts at this image and walks to the root, linking local levels only', () => {
    const crumbs = breadcrumb(analysis(['app:1.0'], [
      level({ reference: 'python:3.12-slim', imageId: 'sha256:python' }),
      level({ reference: 'debian:bookworm-slim', method: 'history', confidence: 0.9 }),
    ]), href)
    expect(crumbs.map((crumb) => [crumb.label, crumb.href, crumb.note])).toEqual([
      ['app:1.0', null, null],
      ['python:3.12-slim', '#/images/sha256:python', null],
      ['debian:bookworm-slim', null, '(catalogue match, confidence 90%)'],
    ])
    expect(crumbs[0]?.isCurrent).toBe(true)
  })

  it('names an untagged level by its short ID and marks it', () => {
    const [self, middle] = breadcrumb(analysis([], [level({ imageId: 'sha256:0123456789abcdef' })]), href)
    expect(self).toMatchObject({ label: 'aaaaaaaaaaaa', isUntagged: true })
    expect(middle).toMatchObject({ label: '0123456789ab', isUntagged: true, href: '#/images/sha256:0123456789abcdef' })
  })
})
