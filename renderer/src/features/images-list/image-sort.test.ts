import { describe, expect, it } from 'vitest'
import type { ImageSummary } from '../../../../shared/model'
import { toImageRow } from './image-rows'
import { nextSort, sortRows, type SortState } from './image-sort'

function summary(overrides: Partial<ImageSummary>): ImageSummary {
  return { id: '', tags: [], repoDigests: [], isDangling: false, sizeBytes: 0, createdAt: '', layerCount: 0, labels: {}, ...overrides }
}

const rows = [
  toImageRow(summary({ id: 'sha256:b', tags: ['node:20'], sizeBytes: 300, createdAt: '2024-03-01T00:00:00Z', layerCount: 7 })),
  toImageRow(summary({ id: 'sha256:a', tags: ['alpine:3.20'], sizeBytes: 8, createdAt: '2024-01-01T00:00:00Z', layerCount: 1 })),
  toImageRow(summary({ id: 'sha256:c', isDangling: true, sizeBytes: 50, createdAt: '2024-02-01T00:00:00Z', layerCount: 3 })),
  toImageRow(summary({ id: 'sha256:d', tags: ['node:9'], sizeBytes: 300, createdAt: '2023-01-01T00:00:00Z', layerCount: 2 })),
]
const order = (sort: SortState) => sortRows(rows, sort).map((row) => row.id)

describe('sorting images', () => {
  it('sorts sizes biggest first, ties by ID so the order is stable', () => {
    expect(order({ key: 'size', direction: 'descending' })).toEqual(['sha256:b', 'sha256:d', 'sha256:c', 'sha256:a'])
  })

  it('sorts by creation time', () => {
    expect(order({ key: 'created', direction: 'ascending' })).toEqual(['sha256:d', 'sha256:a', 'sha256:c', 'sha256:b'])
  })

  it('sorts repositories by name then tag with numbers in numeric order', () => {
    expect(order({ key: 'repository', direction: 'ascending' })).toEqual(['sha256:a', 'sha256:d', 'sha256:b', 'sha256:c'])
  })

  it('keeps <none> last whichever way names are sorted', () => {
    expect(order({ key: 'repository', direction: 'descending' }).at(-1)).toBe('sha256:c')
    expect(order({ key: 'tag', direction: 'ascending' }).at(-1)).toBe('sha256:c')
  })

  it('does not change the rows it was given', () => {
    const before = rows.map((row) => row.id)
    sortRows(rows, { key: 'size', direction: 'ascending' })
    expect(rows.map((row) => row.id)).toEqual(before)
  })
})

describe('clicking a column header', () => {
  it('flips the sorted column', () => {
    expect(nextSort({ key: 'size', direction: 'descending' }, 'size')).toEqual({ key: 'size', direction: 'ascending' })
  })

  it('starts names at A and numbers at the biggest', () => {
    expect(nextSort({ key: 'size', direction: 'descending' }, 'repository').direction).toBe('ascending')
    expect(nextSort({ key: 'repository', direction: 'ascending' }, 'layers').direction).toBe('descending')
  })
})
