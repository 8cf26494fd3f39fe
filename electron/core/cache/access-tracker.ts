import type { Statements } from './statements'

/**
 * Records last accesses for the LRU eviction without turning every read into a write: an access
 * is only noted when the stored one is older than the granularity, and noted accesses are written
 * in one batch (inside the next write transaction, or when enough have piled up).
 */
export const ACCESS_GRANULARITY_MS = 60_000
const FLUSH_THRESHOLD = 256

export interface AccessTracker {
  /** Notes a read; returns true when enough accesses are pending to be worth writing now. */
  note(kind: string, imageId: string, storedAccess: number, now: number): boolean
  /** Writes the pending accesses; call inside a transaction. */
  write(statements: Statements, analyzerVersion: string, now: number): void
  /** Forgets pending accesses once written, or when the connection they belong to is gone. */
  clear(): void
  readonly pending: number
}

export function createAccessTracker(): AccessTracker {
  const pending = new Map<string, [kind: string, imageId: string]>()
  return {
    note(kind, imageId, storedAccess, now) {
      if (now - storedAccess < ACCESS_GRANULARITY_MS) return false
      // NUL cannot appear in a kind or an image ID, so the joined key is unambiguous.
      pending.set(`${kind}\u0000${imageId}`, [kind, imageId])
      return pending.size >= FLUSH_THRESHOLD
    },
    write(statements, analyzerVersion, now) {
      for (const [kind, imageId] of pending.values()) {
        statements.touch.run(now, kind, imageId, analyzerVersion)
      }
    },
    clear() {
      pending.clear()
    },
    get pending() {
      return pending.size
    },
  }
}
