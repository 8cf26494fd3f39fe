import { describe, expect, it } from 'vitest'
import { sizeBars } from './compare-chart-data'
import { compareTitle, provenanceText } from './compare-summary'
import { comparedImage, comparison } from './compare-test-data'

describe('comparison summary', () => {
  it('states the engine, analyzer and app versions it was made with', () => {
    const text = provenanceText(comparison([]))
    expect(text).toMatch(/^Made /)
    expect(text).toContain('Docker 20.10 · overlay2 graph driver (20.10.24, linux/amd64) at unix:///var/run/docker.sock')
    expect(text).toContain('analyzer 7')
    expect(text).toContain('Baseline 0.1.0')
    expect(provenanceText(comparison([], { engine: null }))).toContain('no engine connected')
  })

  it('counts the images in the title', () => {
    expect(compareTitle(3)).toBe('Compare 3 images')
    expect(compareTitle(0)).toBe('Compare images')
  })

  it('draws one stacked bar per image in column order, a catalogue one labelled, a bidi name escaped', () => {
    const bars = sizeBars(comparison([
      comparedImage(),
      comparedImage({ reference: 'python:3.12-slim', source: 'catalogue', id: null, sizeBytes: 9, baseSizeBytes: 9, ownSizeBytes: 0 }),
      comparedImage({ reference: 'gcr.io/distroless/static-debian12', source: 'catalogue', id: null, sizeBytes: null, baseSizeBytes: 0, ownSizeBytes: 0 }),
      comparedImage({ reference: 'evil\u202e:1' }),
    ]))
    expect(bars).toEqual([
      { key: '0', label: 'app:1.0', baseSizeBytes: 1_000_000, ownSizeBytes: 4_000_000, sizeBytes: 5_000_000, isCatalogue: false },
      { key: '1', label: 'python:3.12-slim (catalogue)', baseSizeBytes: 9, ownSizeBytes: 0, sizeBytes: 9, isCatalogue: true },
      { key: '2', label: 'gcr.io/distroless/static-debian12 (catalogue)', baseSizeBytes: 0, ownSizeBytes: 0, sizeBytes: 0, isCatalogue: true },
      expect.objectContaining({ label: 'evil\\u202e:1' }),
    ])
  })
})
