import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createBackoff } from './backoff'
import { createDebouncer } from './debounce'

describe('createDebouncer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('turns a burst into one call with the last value, after the burst goes quiet', () => {
    const flush = vi.fn()
    const debouncer = createDebouncer(150, 1000, flush)
    debouncer.push(1)
    vi.advanceTimersByTime(100)
    debouncer.push(2)
    vi.advanceTimersByTime(100)
    debouncer.push(3)
    expect(flush).not.toHaveBeenCalled()
    vi.advanceTimersByTime(150)
    expect(flush).toHaveBeenCalledExactlyOnceWith(3)
  })

  it('still calls within maxWait while values keep coming', () => {
    const flush = vi.fn()
    const debouncer = createDebouncer(150, 1000, flush)
    for (let elapsed = 0; elapsed <= 1000; elapsed += 100) {
      debouncer.push(elapsed)
      vi.advanceTimersByTime(100)
    }
    expect(flush).toHaveBeenCalledTimes(1)
  })

  it('flushNow calls at once and leaves no timer; cancel drops the value', () => {
    const flush = vi.fn()
    const debouncer = createDebouncer(150, 1000, flush)
    debouncer.push('a')
    debouncer.flushNow()
    expect(flush).toHaveBeenCalledExactlyOnceWith('a')
    expect(vi.getTimerCount()).toBe(0)
    debouncer.push('b')
    debouncer.cancel()
    vi.advanceTimersByTime(2000)
    expect(flush).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('createBackoff', () => {
  it('waits 1 s, doubling up to 30 s, and starts over after a reset', () => {
    const backoff = createBackoff()
    expect(Array.from({ length: 7 }, () => backoff.next())).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000])
    backoff.reset()
    expect(backoff.next()).toBe(1000)
  })
})
