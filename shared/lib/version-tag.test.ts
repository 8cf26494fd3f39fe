import { describe, expect, it } from 'vitest'
import { compareVersionTags, parseVersionTag } from './version-tag'

describe('parseVersionTag splits version and suffix', () => {
  it.each([
    ['3.12.3-slim-bookworm', [3, 12, 3], 'slim-bookworm'],
    ['22-alpine3.24', [22], 'alpine3.24'],
    ['21.0.12_7-jre', [21, 0, 12], 'jre'],
    ['bookworm-slim', [], 'bookworm-slim'],
    ['v2.4.1', [2, 4, 1], ''],
  ] as const)('%s', (tag, numbers, suffix) => {
    expect(parseVersionTag(tag)).toMatchObject({ numbers, suffix })
  })
})

describe('compareVersionTags orders by the numeric version, not the suffix', () => {
  it('puts 3.12.10-slim after 3.12.3-slim (semver.coerce gets this wrong)', () => {
    expect(compareVersionTags('3.12.10-slim', '3.12.3-slim')).toBeGreaterThan(0)
  })
  it('treats the suffix as a marker', () => {
    expect(compareVersionTags('3.12-alpine', '3.12-slim')).toBe(0)
  })
})
