import { describe, expect, it } from 'vitest'
import type { DockerfileAnalysis, VariantAdvice, VariantCandidate } from '../../../../shared/model'
import { suggestedComparison } from './compare-suggestion'

function analysis(overrides: Partial<DockerfileAnalysis>): DockerfileAnalysis {
  return {
    stages: [],
    copyFrom: [],
    finalStage: 0,
    finalBase: 'python:3.12',
    finalBaseProblem: null,
    pinning: 'minor',
    os: 'debian',
    variant: 'full',
    findings: [],
    suggestions: [],
    suggestedDockerfile: '',
    suggestedDiff: '',
    advice: null,
    localBase: null,
    directives: { syntax: null, escape: '\\' },
    ...overrides,
  }
}

function adviceRecommending(reference: string): VariantAdvice {
  const candidate = { reference, recommended: true } as VariantCandidate
  return { candidates: [candidate] } as VariantAdvice
}

describe('the comparison a Dockerfile suggests', () => {
  it('puts the final base beside the advisor\'s recommended variant', () => {
    const found = analysis({ advice: adviceRecommending('python:3.12-slim'), suggestions: [{ reference: 'python:3.12-alpine', reason: '' }] })
    expect(suggestedComparison(found)).toEqual(['python:3.12', 'python:3.12-slim'])
  })

  it('falls back to the first suggestion when the advisor recommends nothing', () => {
    expect(suggestedComparison(analysis({ suggestions: [{ reference: 'python:3.12-slim', reason: '' }] }))).toEqual(['python:3.12', 'python:3.12-slim'])
  })

  it('offers nothing without an external base or anything else to suggest', () => {
    expect(suggestedComparison(analysis({ finalBase: null, suggestions: [{ reference: 'a:1', reason: '' }] }))).toBeNull()
    expect(suggestedComparison(analysis({ finalBase: 'scratch' }))).toBeNull()
    expect(suggestedComparison(analysis({ suggestions: [{ reference: 'python:3.12', reason: 'pin it' }] }))).toBeNull()
  })
})
