import { describe, expect, it } from 'vitest'
import type { ImageSummary } from '../../../../shared/model'
import { filterRows, toImageRow } from './image-rows'

function summary(overrides: Partial<ImageSummary>): ImageSummary {
  return {
    id: 'sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    tags: [],
    repoDigests: [],
    isDangling: false,
    sizeBytes: 0,
    createdAt: '2024-01-01T00:00:00Z',
    layerCount: 1,
    labels: {},
    ...overrides,
  }
}

describe('one row per image ID', () => {
  it('shows the first tag’s repository and every tag as a chip', () => {
    const row = toImageRow(summary({ tags: ['app:v1', 'app:latest', 'mirror/app:v1'] }))
    expect(row.repository).toBe('app')
    expect(row.tags.map((chip) => chip.label)).toEqual(['v1', 'latest', 'mirror/app:v1'])
    expect(row.primaryTag).toBe('v1')
  })

  it('marks an untagged image <none>, keeping a digest’s repository', () => {
    expect(toImageRow(summary({ isDangling: true }))).toMatchObject({ repository: '<none>', primaryTag: '<none>', isUntagged: true })
    expect(toImageRow(summary({ repoDigests: ['python@sha256:bbb'] })).repository).toBe('python')
  })

  it('shortens the ID as docker does', () => {
    expect(toImageRow(summary({})).shortId).toBe('aaaaaaaaaaaa')
  })
})

describe('filtering', () => {
  const rows = [
    toImageRow(summary({ id: 'sha256:1111deadbeef', tags: ['Python:3.12-slim'] })),
    toImageRow(summary({ id: 'sha256:2222cafe', tags: ['node:20-alpine', 'node:lts'] })),
    toImageRow(summary({ id: 'sha256:3333abcd', isDangling: true })),
  ]
  const ids = (query: string) => filterRows(rows, query).map((row) => row.id)

  it('matches repository, any tag and ID, ignoring case', () => {
    expect(ids('python')).toEqual(['sha256:1111deadbeef'])
    expect(ids('LTS')).toEqual(['sha256:2222cafe'])
    expect(ids('DEADBEEF')).toEqual(['sha256:1111deadbeef'])
    expect(ids('sha256:2222')).toEqual(['sha256:2222cafe'])
  })

  it('finds untagged images by <none>', () => {
    expect(ids('<none>')).toEqual(['sha256:3333abcd'])
  })

  it('returns everything for a blank filter and nothing for a miss', () => {
    expect(ids('  ')).toHaveLength(3)
    expect(ids('ruby')).toEqual([])
  })
})
