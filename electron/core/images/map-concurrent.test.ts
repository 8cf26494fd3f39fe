import { describe, expect, it } from 'vitest'
import { mapConcurrent } from './map-concurrent'

const tick = () => new Promise((resolve) => setTimeout(resolve, 1))

describe('mapConcurrent', () => {
  it('keeps the input order whatever order the calls finish in', async () => {
    const result = await mapConcurrent([30, 10, 20], 3, async (delay) => {
      await new Promise((resolve) => setTimeout(resolve, delay))
      return delay * 2
    })
    expect(result).toEqual([60, 20, 40])
  })

  it('never has more than the limit in flight', async () => {
    let inFlight = 0
    let peak = 0
    await mapConcurrent(Array.from({ length: 50 }, (_, index) => index), 4, async () => {
      inFlight += 1
      peak = Math.max(peak, inFlight)
      await tick()
      inFlight -= 1
    })
    expect(peak).toBe(4)
  })

  it('answers an empty list with an empty list', async () => {
    expect(await mapConcurrent([], 16, async () => 1)).toEqual([])
  })

  it('rejects when one call fails', async () => {
    await expect(mapConcurrent([1, 2], 2, async (value) => {
      if (value === 2) throw new Error('boom')
      return value
    })).rejects.toThrow('boom')
  })
})
