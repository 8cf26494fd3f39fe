import { afterAll, describe, expect, it } from 'vitest'
import { EXPECTED } from '../../../test/fixtures/dockerfile-advice/expected'
import { corpusFiles, missesOf, runCorpus } from './test-support/advice-corpus'

const CLASS_NAMES = { 1: 'glibc needs', 2: 'shell and tools', 3: 'builds in the final stage', 4: 'release line', 5: 'Java' } as const
const cases = runCorpus()

describe('the advice corpus (test/fixtures/dockerfile-advice): every Dockerfile gets its expected answer', () => {
  const met = new Map<number, { met: number; total: number }>()

  afterAll(() => {
    const lines = Object.entries(CLASS_NAMES).map(([cls, name]) => {
      const score = met.get(Number(cls)) ?? { met: 0, total: 0 }
      return `  class ${cls} (${name}): ${score.met}/${score.total}`
    })
    const all = [...met.values()].reduce((sum, score) => ({ met: sum.met + score.met, total: sum.total + score.total }), { met: 0, total: 0 })
    console.log(`Advice corpus score: ${all.met}/${all.total} expected answers met\n${lines.join('\n')}`)
  })

  it('has an expected answer for every Dockerfile, and a Dockerfile for every answer', () => {
    expect(EXPECTED.map((item) => item.file).sort()).toEqual(corpusFiles())
    expect(corpusFiles().length).toBeGreaterThanOrEqual(30)
  })

  it('has, for every class, a risky case and a near miss where the smaller base is right', () => {
    for (const cls of [1, 2, 3, 4, 5] as const) {
      const ofClass = EXPECTED.filter((item) => item.cls === cls)
      expect(ofClass.some((item) => !item.isNearMiss), `class ${cls}`).toBe(true)
      expect(ofClass.some((item) => item.isNearMiss || (item.recommended !== null && cls === 5)), `class ${cls} near miss`).toBe(true)
    }
  })

  it.each(cases.map((item) => [item.expected.file, item] as const))('%s', (_file, item) => {
    const misses = missesOf(item)
    const score = met.get(item.expected.cls) ?? { met: 0, total: 0 }
    met.set(item.expected.cls, { met: score.met + (misses.length === 0 ? 1 : 0), total: score.total + 1 })
    expect(misses).toEqual([])
  })
})

describe('no candidate without its evidence', () => {
  it('gives every candidate the corpus produces non-empty evidence, and every recommendation a reason', () => {
    const candidates = cases.flatMap(({ expected, analysis }) => (analysis.advice?.candidates ?? []).map((candidate) => ({ file: expected.file, candidate })))
    expect(candidates.length).toBeGreaterThan(30)
    for (const { file, candidate } of candidates) {
      expect(candidate.evidence.length, `${file}: ${candidate.reference}`).toBeGreaterThan(0)
      for (const sentence of candidate.evidence) expect(sentence.trim(), `${file}: ${candidate.reference}`).not.toBe('')
      if (candidate.recommended) expect(candidate.reason, `${file}: ${candidate.reference}`).toMatch(/\S{10,}/)
    }
  })
})
