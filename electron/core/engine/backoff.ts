/** Delays for reconnecting: 1 s, doubling, capped at 30 s; reset once the engine answers. */
export interface Backoff {
  next(): number
  reset(): void
}

export function createBackoff(initialMs = 1_000, maxMs = 30_000): Backoff {
  let current = initialMs
  return {
    next() {
      const delay = current
      current = Math.min(current * 2, maxMs)
      return delay
    },
    reset() {
      current = initialMs
    },
  }
}
