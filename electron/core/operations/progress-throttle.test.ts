import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createThrottle } from './progress-throttle'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('createThrottle', () => {
  it('sends the first value at once and holds the next until the interval ends', () => {
    const sent: number[] = []
    const throttle = createThrottle((value: number) => sent.push(value), 100)
    throttle.push(1)
    throttle.push(2)
    throttle.push(3)
    expect(sent).toEqual([1])
    vi.advanceTimersByTime(99)
    expect(sent).toEqual([1])
    vi.advanceTimersByTime(1)
    expect(sent).toEqual([1, 3])
  })

  it('flushes the held value at once, and only once', () => {
    const sent: number[] = []
    const throttle = createThrottle((value: number) => sent.push(value), 100)
    throttle.push(1)
    throttle.push(2)
    throttle.flush()
    throttle.flush()
    vi.advanceTimersByTime(500)
    expect(sent).toEqual([1, 2])
  })

  it('drops the held value when cancelled', () => {
    const sent: number[] = []
    const throttle = createThrottle((value: number) => sent.push(value), 100)
    throttle.push(1)
    throttle.push(2)
    throttle.cancel()
    vi.advanceTimersByTime(500)
    expect(sent).toEqual([1])
  })
})
