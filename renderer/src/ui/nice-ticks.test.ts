import { describe, expect, it } from 'vitest'
import { niceTicks } from './nice-ticks'

describe('axis ticks', () => {
  it('steps at round numbers up to the biggest size', () => {
    expect(niceTicks(7_300_000)).toEqual([0, 2_000_000, 4_000_000, 6_000_000, 8_000_000])
    expect(niceTicks(86_300_000)).toEqual([0, 20_000_000, 40_000_000, 60_000_000, 80_000_000, 100_000_000])
    expect(niceTicks(0)).toEqual([0])
  })
})
