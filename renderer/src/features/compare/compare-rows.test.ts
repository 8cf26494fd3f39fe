import { describe, expect, it } from 'vitest'
import { CATALOGUE_NOTE, COMPARE_FACTS, columnHead, columnTitle, compareCell } from './compare-rows'
import { comparedImage } from './compare-test-data'

const catalogue = comparedImage({
  reference: 'python:3.12-slim',
  source: 'catalogue',
  id: null,
  tags: ['python:3.12-slim'],
  layerCount: 4,
  sharedLayerCount: 0,
  sharedBytes: 0,
  base: { reference: null, hierarchy: [], method: 'none', confidence: 0, evidence: 'Not on this machine: figures from the bundled catalogue.' },
  baseMoved: null,
})

describe('comparison columns', () => {
  it('names a column compared by ID after its first tag, and one asked for by name as asked', () => {
    const image = comparedImage()
    expect(columnTitle({ ...image, reference: image.id ?? '' })).toBe('app:1.0')
    expect(columnTitle({ ...image, reference: 'aaaaaaaaaaaa' })).toBe('app:1.0')
    expect(columnTitle({ ...image, reference: 'aaaaaaaaaaaa', tags: [] })).toBe('aaaaaaaaaaaa')
    expect(columnTitle({ ...image, reference: 'app:latest' })).toBe('app:latest')
  })

  it('marks a catalogue column as such in its header', () => {
    expect(columnHead(catalogue, 1)).toMatchObject({ title: 'python:3.12-slim', subtitle: CATALOGUE_NOTE, isCatalogue: true })
    expect(columnHead(comparedImage(), 0)).toMatchObject({ subtitle: 'aaaaaaaaaaaa', isCatalogue: false })
  })
})

describe('comparison cells', () => {
  it('gives every fact a cell for local and catalogue columns alike', () => {
    for (const fact of COMPARE_FACTS) {
      expect(compareCell(fact, comparedImage())).toBeDefined()
      expect(compareCell(fact, catalogue)).toBeDefined()
    }
  })

  it('rounds sizes as the image list does, with the exact figure kept', () => {
    expect(compareCell('Size', comparedImage({ sizeBytes: 4_259_840 }))).toEqual({
      kind: 'bytes',
      text: '4.26 MB',
      exact: '4,259,840 bytes',
      note: undefined,
    })
  })

  it('says shared bytes are stored once on disk', () => {
    expect(compareCell('Shared bytes', comparedImage())).toMatchObject({ text: '1 MB', note: 'stored once on disk' })
    expect(compareCell('Shared layers', comparedImage())).toMatchObject({ kind: 'text', text: '1' })
  })

  it('labels catalogue figures and leaves layer facts out of a catalogue column', () => {
    expect(compareCell('Size', catalogue)).toMatchObject({ note: 'catalogue figure' })
    expect(compareCell('Layers', catalogue).kind).toBe('missing')
    expect(compareCell('Shared bytes', catalogue).kind).toBe('missing')
    expect(compareCell('Image ID', catalogue)).toEqual({ kind: 'missing', why: CATALOGUE_NOTE })
    expect(compareCell('Base', catalogue)).toMatchObject({ text: 'an official base itself' })
  })

  it('says how the base was found, and whether it moved', () => {
    expect(compareCell('Base', comparedImage())).toEqual({ kind: 'text', text: 'busybox:1.37', note: 'layer chain, confidence 100%', detail: 'layer chain' })
    expect(compareCell('Base moved', comparedImage({ baseMoved: true }))).toMatchObject({ text: 'yes' })
    expect(compareCell('Base moved', comparedImage({ baseMoved: null })).kind).toBe('missing')
  })

  it('shows the advisor\'s pick with its FROM line and the signed delta', () => {
    const image = comparedImage({
      recommendation: { reference: 'python:3.12-alpine', fromLine: 'FROM python:3.12-alpine', sizeBytes: 50_000_000, deltaBytes: -70_000_000, reason: 'pure Python' },
    })
    expect(compareCell('Recommendation', image)).toEqual({
      kind: 'recommendation',
      reference: 'python:3.12-alpine',
      fromLine: 'FROM python:3.12-alpine',
      delta: '\u221270 MB',
      reason: 'pure Python',
    })
    expect(compareCell('Recommendation', comparedImage()).kind).toBe('missing')
  })

  it('carries the pinning class for the badge and says unknown libc plainly', () => {
    expect(compareCell('Pinning', comparedImage())).toMatchObject({ kind: 'pinning', pinning: { class: 'minor', reference: 'busybox:1.37' } })
    expect(compareCell('libc', comparedImage({ libc: 'unknown' })).kind).toBe('missing')
    expect(compareCell('libc', comparedImage({ libc: 'none' }))).toMatchObject({ text: 'none (static binaries only)' })
  })

  it('says there is no base reference to judge instead of an "unknown" pinning badge', () => {
    const unjudged = comparedImage({ pinning: { class: 'unknown', explanation: 'No base found.' } })
    expect(compareCell('Pinning', unjudged)).toEqual({ kind: 'missing', why: 'No base reference to judge' })
  })
})
