import { describe, expect, it } from 'vitest'
import { buildComparison } from './build-comparison'
import type { ColumnDraft } from './compared-image'
import { sampleComparison } from './test-support/sample-comparison'

/** A column with these layers (diff ID -> bytes); everything else from the sample. */
function column(reference: string, layers: Record<string, number>): ColumnDraft {
  const [template] = sampleComparison().images
  if (!template) throw new Error('sample has no image')
  const { sharedLayerCount: _count, sharedBytes: _bytes, ...rest } = template
  const sizeBytes = Object.values(layers).reduce((sum, bytes) => sum + bytes, 0)
  return { ...rest, reference, sizeBytes, diffIdSizes: new Map(Object.entries(layers)) }
}

const compare = (...columns: ColumnDraft[]) =>
  buildComparison({ columns, generatedAt: new Date('2026-05-04T14:12:09Z'), analyzerVersion: '2', appVersion: '0.1.0', engine: null })

describe('buildComparison', () => {
  it('counts a layer used by several images once on disk, and says what sharing saves', () => {
    const comparison = compare(
      column('app:1', { base: 100, app1: 10 }),
      column('app:2', { base: 100, app2: 20 }),
      column('worker', { base: 100, app1: 10, worker: 5 }),
    )
    expect(comparison.totals).toEqual({ sizeBytes: 345, uniqueBytes: 135, savedBySharingBytes: 210, uniqueLayerCount: 4 })
  })

  it('tells each image which of its layers it shares with another compared image', () => {
    const [one, two, three] = compare(
      column('app:1', { base: 100, app1: 10 }),
      column('app:2', { base: 100, app2: 20 }),
      column('worker', { base: 100, app1: 10, worker: 5 }),
    ).images
    expect([one?.sharedLayerCount, one?.sharedBytes]).toEqual([2, 110])
    expect([two?.sharedLayerCount, two?.sharedBytes]).toEqual([1, 100])
    expect([three?.sharedLayerCount, three?.sharedBytes]).toEqual([2, 110])
  })

  it('shares nothing between unrelated images, and keeps the order asked for', () => {
    const comparison = compare(column('b', { x: 7 }), column('a', { y: 3 }))
    expect(comparison.images.map((image) => [image.reference, image.sharedLayerCount])).toEqual([['b', 0], ['a', 0]])
    expect(comparison.totals.savedBySharingBytes).toBe(0)
    expect(comparison.totals.uniqueBytes).toBe(10)
  })

  it('stamps the report and leaves no working fields in the DTO', () => {
    const comparison = compare(column('a', { y: 3 }))
    expect(comparison).toMatchObject({ schemaVersion: 2, generatedAt: '2026-05-04T14:12:09.000Z', analyzerVersion: '2', appVersion: '0.1.0' })
    expect(Object.keys(comparison.images[0] ?? {})).not.toContain('diffIdSizes')
  })
})
