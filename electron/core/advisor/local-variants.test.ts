import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import { fakeId } from '../analysis/test-support/fixtures'
import { adviseForReference } from './advise-entry'
import { findLocalSiblings, type Anchor } from './local-variants'
import { parseTag } from '../catalog/tag-anatomy'
import { candidate, catalog, localSummary, recommended } from './test-support/advisor-fixtures'

const anchor = (reference: string, sizeBytes = 500_000_000): Anchor => ({ reference, sizeBytes, imageId: fakeId(reference), role: 'base' })
const siblingsOf = (reference: string, tags: string[]): string[] =>
  findLocalSiblings([anchor(reference)], tags.map((tag, index) => localSummary(fakeId(`${tag}/${index}`), [tag], 100))).map((item) => item.reference)

describe('parseTag', () => {
  it.each([
    ['3.12.3-slim-bookworm', { version: '3.12.3', variant: 'slim', codename: 'bookworm' }],
    ['22-bookworm-slim', { version: '22', variant: 'slim', codename: 'bookworm' }],
    ['21.0.4_7-jre-alpine', { version: '21.0.4_7', variant: 'jre-alpine', flavour: 'jre' }],
    ['8.5-fpm-alpine3.24', { version: '8.5', variant: 'alpine', flavour: 'fpm', alpineVersion: '3.24' }],
    ['alpine-slim', { version: null, variant: 'alpine-slim' }],
    ['bookworm-20240110-slim', { version: null, variant: 'slim', codename: 'bookworm', dateStamp: '20240110', others: [] }],
    ['lts-alpine', { version: null, variant: 'alpine', channel: 'lts' }],
    ['1.37.0-musl', { version: '1.37.0', variant: 'musl' }],
  ])('reads %s', (tag, expected) => {
    expect(parseTag(tag)).toMatchObject(expected)
  })
})

describe('findLocalSiblings', () => {
  it('finds slimmer tags of the same repository and version', () => {
    expect(siblingsOf('app:1.2', ['app:1.2-slim', 'app:1.2-alpine', 'app:1.3-slim', 'other:1.2-slim', 'app:1.2'])).toEqual(['app:1.2-slim', 'app:1.2-alpine'])
  })

  it('lets a sibling name a release the anchor does not, but not another release', () => {
    expect(siblingsOf('app:1.2', ['app:1.2-slim-bookworm'])).toEqual(['app:1.2-slim-bookworm'])
    expect(siblingsOf('debian:bookworm', ['debian:trixie-slim', 'debian:bookworm-slim'])).toEqual(['debian:bookworm-slim'])
  })

  it('matches tags without a version by their other markers', () => {
    expect(siblingsOf('myapp:prod', ['myapp:prod-slim', 'myapp:staging-slim'])).toEqual(['myapp:prod-slim'])
  })

  it('never offers a variant that is not slimmer', () => {
    expect(siblingsOf('app:1.2-alpine', ['app:1.2-slim', 'app:1.2'])).toEqual([])
  })
})

describe('adviseForReference', () => {
  it('rejects a malformed reference with INVALID_INPUT and the reason', () => {
    const attempt = (): unknown => adviseForReference({ reference: 'Python:3.12', localImages: [], catalog })
    expect(attempt).toThrow(ApiError)
    expect(attempt).toThrow(/^Not a valid image reference: Python:3\.12 \(.+\)$/)
    try {
      attempt()
    } catch (error) {
      expect(error instanceof ApiError && error.code).toBe('INVALID_INPUT')
    }
  })

  it('rejects a reference that still holds a build argument', () => {
    expect(() => adviseForReference({ reference: 'python:${PY}', localImages: [], catalog })).toThrow(/holds the build argument PY/)
  })

  it('measures the reference and its candidates when they exist locally', () => {
    const full = localSummary(fakeId('node-full'), ['node:22'], 1_120_000_000)
    const alpine = localSummary(fakeId('node-alpine'), ['node:22-alpine'], 160_000_000)
    const advice = adviseForReference({ reference: 'node:22', localImages: [full, alpine], catalog })
    expect(advice.current).toMatchObject({ sizeBytes: 1_120_000_000, sizeSource: 'measured, on disk' })
    expect(recommended(advice)).toMatchObject({ reference: 'node:22-alpine', sizeSource: 'measured, on disk', deltaBytes: -960_000_000, localImageId: alpine.id })
  })

  it('recommends a measured slimmer local variant of a base it knows nothing else about', () => {
    const base = localSummary(fakeId('corp-base'), ['corp/base:2.1'], 300_000_000)
    const slim = localSummary(fakeId('corp-base-slim'), ['corp/base:2.1-slim'], 120_000_000)
    const advice = adviseForReference({ reference: 'corp/base:2.1', localImages: [base, slim], catalog })
    expect(recommended(advice)).toMatchObject({ reference: 'corp/base:2.1-slim', deltaBytes: -180_000_000, localImageId: slim.id })
    expect(recommended(advice)?.reason).toBe('The -slim variant of corp/base:2.1 exists on this machine and measures 180 MB smaller.')
    expect(recommended(advice)?.deltaAgainst).toEqual({ reference: 'corp/base:2.1', sizeBytes: 300_000_000 })
  })

  it('borrows the catalogued line for another version, and says so', () => {
    const advice = adviseForReference({ reference: 'python:3.11', localImages: [], catalog })
    expect(advice.current).toMatchObject({ sizeBytes: 1_110_000_000, sizeSource: 'catalogue, on disk' })
    expect(advice.evidence).toContain('python:3.11 is not in the catalogue: its figures are those of python:3.12 (3.12.14), the same variant of another tag.')
    expect(candidate(advice, 'python:3.11-slim')?.caveats).toContain('Figures are for python:3.12-slim (3.12.13) in the catalogue, not python:3.11-slim.')
    expect(candidate(advice, 'python:3.11-slim')?.fromLine).toBe('FROM python:3.11-slim')
  })

  it('leaves a floating tag floating, and says to pin a version', () => {
    const slim = candidate(adviseForReference({ reference: 'nginx:latest', localImages: [], catalog }), 'nginx:alpine-slim')
    expect(slim?.fromLine).toMatch(/^FROM nginx:alpine-slim@sha256:/)
    expect(slim?.caveats).toContain('The tag names no version: pin one (the catalogue has 1.31.3) for repeatable builds.')
  })

  it('gives no delta between an on-disk and a compressed figure', () => {
    const advice = adviseForReference({ reference: 'node:22', localImages: [], catalog })
    expect(candidate(advice, 'gcr.io/distroless/nodejs22-debian12')).toMatchObject({ sizeSource: 'catalogue, compressed', deltaBytes: null, deltaAgainst: null })
    expect(candidate(advice, 'node:22-slim')).toMatchObject({
      sizeSource: 'catalogue, on disk', deltaBytes: 227_340_000 - 1_130_000_000, deltaAgainst: { reference: 'node:22', sizeBytes: 1_130_000_000 },
    })
  })
})
