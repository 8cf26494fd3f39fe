import { describe, expect, it } from 'vitest'
import { unifiedDiff } from './diff'

/** A seeded generator, so a failure reproduces. */
function seeded(seed: number): (n: number) => number {
  let state = seed
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
}

describe('unifiedDiff from the rewrite\'s own edits', () => {
  it('gives the same diff as the LCS table for files past the table size, lines changed and added anywhere', () => {
    const random = seeded(7)
    for (let round = 0; round < 20; round++) {
      const count = 550 + random(200)
      const before = Array.from({ length: count }, (_, i) => `RUN step ${i}\n`)
      const additions: Array<[number, number]> = []
      const after: string[] = []
      for (let i = 0; i < count; i++) {
        const added = random(60) === 0 ? 1 + random(3) : 0
        const addedAfter = random(60) === 0 ? 1 + random(2) : 0
        for (let k = 0; k < added; k++) after.push(`# added before ${i}.${k}\n`)
        after.push(random(40) === 0 || i === 0 || i === count - 1 ? `RUN changed ${i}\n` : before[i]!)
        for (let k = 0; k < addedAfter; k++) after.push(`# added after ${i}.${k}\n`)
        additions.push([added, addedAfter])
      }
      expect(unifiedDiff(before.join(''), after.join(''), 'Dockerfile', 3, additions)).toBe(unifiedDiff(before.join(''), after.join('')))
    }
  })

  it('falls back to the table when the edits do not describe the new text', () => {
    const before = Array.from({ length: 600 }, (_, i) => `L${i}\n`).join('')
    const after = `X\n${before}Y\n`
    expect(unifiedDiff(before, after, 'Dockerfile', 3, [[0, 0]])).toBe(unifiedDiff(before, after))
  })
})
