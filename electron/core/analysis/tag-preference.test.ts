import { describe, expect, it } from 'vitest'
import type { ImageSummary } from '../../../shared/model'
import { bestTag, preferredImage, sortTagsBySpecificity } from './tag-preference'

function summary(id: string, tags: string[], createdAt = '2026-09-01T00:00:00.000Z'): { summary: ImageSummary } {
  return { summary: { id, tags, repoDigests: [], isDangling: tags.length === 0, sizeBytes: 1, createdAt, layerCount: 1, labels: {} } }
}

describe('sortTagsBySpecificity', () => {
  it('puts the full version first and latest last', () => {
    expect(sortTagsBySpecificity(['python:latest', 'python:3-slim', 'python:3.12-slim', 'python:3.12.3-slim', 'python:slim'])).toEqual([
      'python:3.12.3-slim', 'python:3.12-slim', 'python:3-slim', 'python:slim', 'python:latest',
    ])
  })

  it('counts a date stamp as exact, and a longer suffix as more specific', () => {
    expect(bestTag(['debian:bookworm-slim', 'debian:bookworm-20240110-slim'])).toBe('debian:bookworm-20240110-slim')
    expect(bestTag(['python:3.12.3-slim', 'python:3.12.3-slim-bookworm'])).toBe('python:3.12.3-slim-bookworm')
    expect(bestTag([])).toBeNull()
  })
})

describe('preferredImage', () => {
  it('prefers a tagged image, then the more specific tag, then the older image', () => {
    expect(preferredImage([summary('b', []), summary('a', ['x:latest'])]).summary.id).toBe('a')
    expect(preferredImage([summary('a', ['x:1']), summary('b', ['x:1.2'])]).summary.id).toBe('b')
    expect(preferredImage([summary('a', [], '2026-10-01T00:00:00Z'), summary('b', [], '2026-09-01T00:00:00Z')]).summary.id).toBe('b')
  })
})
