export interface Debouncer<T> {
  push(value: T): void
  /** Calls flush now with a pending value, if any. */
  flushNow(): void
  /** Drops a pending value without calling flush. */
  cancel(): void
}

/**
 * Trailing debounce that keeps the last value: a burst (a `docker load` of many images, a
 * multi-tag build) becomes one call `waitMs` after it goes quiet, and never later than
 * `maxWaitMs` after its first value, so a steady stream still refreshes.
 */
export function createDebouncer<T>(waitMs: number, maxWaitMs: number, flush: (value: T) => void): Debouncer<T> {
  let timer: NodeJS.Timeout | null = null
  let firstAt = 0
  let last: T | undefined
  let hasValue = false

  const fire = (): void => {
    timer = null
    if (!hasValue) return
    const value = last as T
    hasValue = false
    last = undefined
    flush(value)
  }

  const clear = (): void => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }

  return {
    push(value) {
      const now = Date.now()
      if (!hasValue) firstAt = now
      last = value
      hasValue = true
      clear()
      const delay = Math.max(0, Math.min(waitMs, firstAt + maxWaitMs - now))
      timer = setTimeout(fire, delay)
    },
    flushNow() {
      clear()
      fire()
    },
    cancel() {
      clear()
      hasValue = false
      last = undefined
    },
  }
}
