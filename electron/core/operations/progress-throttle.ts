/**
 * At most one call per interval, and never loses the last value: a value that arrives too soon is
 * held and sent when the interval ends (or at flush), replaced by any newer one meanwhile.
 */
export interface Throttle<T> {
  push(value: T): void
  /** Sends the held value now, if any; used before an operation says it finished. */
  flush(): void
  /** Drops the held value and its timer. */
  cancel(): void
}

export function createThrottle<T>(send: (value: T) => void, intervalMs: number): Throttle<T> {
  let lastSentAt = -Infinity
  let held: { value: T } | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer)
    timer = null
  }
  const flush = () => {
    clearTimer()
    if (held === null) return
    const { value } = held
    held = null
    lastSentAt = Date.now()
    send(value)
  }

  return {
    push(value) {
      held = { value }
      const wait = lastSentAt + intervalMs - Date.now()
      if (wait <= 0) flush()
      else timer ??= setTimeout(flush, wait)
    },
    flush,
    cancel() {
      clearTimer()
      held = null
    },
  }
}
