import { describe, expect, it } from 'vitest'
import { indexLocalImages, isChainPrefix } from './local-images'
import { asLocal, fakeId } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

describe('indexLocalImages', () => {
  it('finds the longest proper prefix chain, skipping the excluded image and equal chains', () => {
    const { debian, python, app } = threeLevels()
    const index = indexLocalImages([debian, python, app].map((detail) => asLocal(detail)))
    expect(index.longestProperPrefix(app.diffIds, app.summary.id)?.items.map((item) => item.summary.id)).toEqual([python.summary.id])
    expect(index.longestProperPrefix(python.diffIds, null)?.depth).toBe(1)
    expect(index.longestProperPrefix(debian.diffIds, null)).toBeNull()
    expect(index.longestProperPrefix([...debian.diffIds, fakeId('elsewhere')], null)?.depth).toBe(1)
    expect(index.withChain(python.diffIds).map((item) => item.summary.id)).toEqual([python.summary.id])
  })

  it('resolves tags however they are spelled, and digests', () => {
    const { python } = threeLevels()
    const digest = `sha256:${'d'.repeat(64)}`
    const pulled = asLocal({ ...python, summary: { ...python.summary, repoDigests: [`python@${digest}`] } })
    const index = indexLocalImages([pulled])
    expect(index.byReference('docker.io/library/python:3.12-slim')).toBe(pulled)
    expect(index.byReference('python:3.12-slim')).toBe(pulled)
    expect(index.byReference('python')).toBeNull()
    expect(index.byReference(`python@${digest}`)).toBe(pulled)
    expect(index.byDigest(digest)).toBe(pulled)
    expect(index.byDigest(python.summary.id)).toBe(pulled)
    expect(index.byId(python.summary.id)).toBe(pulled)
  })
})

describe('isChainPrefix', () => {
  it('accepts equal and shorter starts only', () => {
    expect(isChainPrefix(['a'], ['a', 'b'])).toBe(true)
    expect(isChainPrefix(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(isChainPrefix(['b'], ['a', 'b'])).toBe(false)
    expect(isChainPrefix(['a', 'b', 'c'], ['a', 'b'])).toBe(false)
  })
})
