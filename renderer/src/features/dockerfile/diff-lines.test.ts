import { describe, expect, it } from 'vitest'
import { diffLines, diffStats, suggestedFileName } from './diff-lines'

const DIFF = [
  '--- Dockerfile',
  '+++ Dockerfile.suggested',
  '@@ -1,3 +1,3 @@',
  '-FROM python:latest',
  '+FROM python:3.12-slim',
  ' WORKDIR /app',
  '--- not a header inside a hunk',
  '+++ nor this',
  '',
].join('\n')

describe('diffLines', () => {
  it('classifies headers, hunks, added, removed and context lines, keeping the signs', () => {
    expect(diffLines(DIFF)).toEqual([
      { kind: 'header', text: '--- Dockerfile' },
      { kind: 'header', text: '+++ Dockerfile.suggested' },
      { kind: 'hunk', text: '@@ -1,3 +1,3 @@' },
      { kind: 'removed', text: '-FROM python:latest' },
      { kind: 'added', text: '+FROM python:3.12-slim' },
      { kind: 'context', text: ' WORKDIR /app' },
      { kind: 'removed', text: '--- not a header inside a hunk' },
      { kind: 'added', text: '+++ nor this' },
    ])
  })

  it('has no lines for an empty diff', () => {
    expect(diffLines('')).toEqual([])
  })

  it('reads Windows line ends', () => {
    expect(diffLines('@@ -1 +1 @@\r\n-a\r\n+b\r\n').map((line) => line.text)).toEqual(['@@ -1 +1 @@', '-a', '+b'])
  })

  it('counts added and removed lines, not headers', () => {
    expect(diffStats(diffLines(DIFF))).toEqual({ added: 2, removed: 2 })
  })
})

describe('suggestedFileName', () => {
  it('names the saved file after the original', () => {
    expect(suggestedFileName('api.Dockerfile')).toBe('api.Dockerfile.suggested')
    expect(suggestedFileName(null)).toBe('Dockerfile.suggested')
  })
})
