import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../core/catalog/catalog'
import { adviseForReference } from '../core/advisor'
import { formatAdvice } from './format-advice'

describe('formatAdvice', () => {
  it('prints the evidence every candidate rests on under the table', () => {
    const advice = adviseForReference({ reference: 'node:lts', localImages: [], catalog: loadCatalog() })
    const text = formatAdvice(advice)
    expect(advice.candidates.map((candidate) => candidate.reference)).toEqual(expect.arrayContaining(['node:lts-slim', 'node:lts-alpine']))
    for (const candidate of advice.candidates) expect(text).toContain(`? ${candidate.reference}: ${candidate.evidence[0]}`)
    expect(text).toContain('? node:lts-alpine: node:lts-alpine keeps what node:lts promises: lts.')
    expect(text).not.toMatch(/node:alpine\b/)
  })
})
