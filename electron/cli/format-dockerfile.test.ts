import { describe, expect, it } from 'vitest'
import { formatDockerfileAnalysis } from './format-dockerfile'
import { sampleDockerfileAnalysis } from './test-support/sample-dockerfile-analysis'

describe('formatDockerfileAnalysis', () => {
  const text = formatDockerfileAnalysis(sampleDockerfileAnalysis)

  it('shows every stage with its FROM as written and resolved, and marks the final one', () => {
    expect(text).toMatch(/^STAGE\s+NAME\s+FROM\s+PINNING\s+PLATFORM\s+LINE$/m)
    expect(text).toMatch(/^0\s+build\s+golang:\$\{GO:-1\.22\} -> golang:1\.22\s+minor\s+\$BUILDPLATFORM\s+2$/m)
    expect(text).toMatch(/^1\*\s+alpine\s+none\s+4$/m)
  })

  it('names the final base with its pinning, OS and variant', () => {
    expect(text).toContain('Final base: alpine (pinning: none, os: alpine, variant: alpine)')
  })

  it('lists findings by line, suggestions, and the diff', () => {
    expect(text).toContain('  line 4  warning  untagged-base: alpine has no tag: it means latest.')
    expect(text).toContain('  alpine:3.20: Pin the base.')
    expect(text).toContain('+FROM alpine:3.20')
  })

  it('says when nothing is to change and the base is unresolvable', () => {
    const plain = formatDockerfileAnalysis({ ...sampleDockerfileAnalysis, findings: [], suggestions: [], suggestedDiff: '', finalBase: null, finalBaseProblem: 'ARG BASE has no value' })
    expect(plain).toContain('No findings.')
    expect(plain).toContain('Nothing to change in the Dockerfile.')
    expect(plain).toContain('Final base: unresolved: ARG BASE has no value')
  })
})
