import type { AccessTracker } from './access-tracker'
import type { Connection } from './connection'
import type { SerializedEntry } from './entry-codec'

/** What the operations on a connection need to know besides the connection itself. */
export interface OperationContext {
  analyzerVersion: string
  maxBytes: number
  now: () => number
  accesses: AccessTracker
}

/** Once over the cap, evict down to this share of it so that the next writes do not evict again. */
const EVICT_TO = 0.9

/** One IMMEDIATE transaction for the whole batch (and the pending access times), then eviction. */
export function writeEntries(c: Connection, ctx: OperationContext, entries: readonly SerializedEntry[]): void {
  const time = ctx.now()
  let evicted = false
  c.db
    .transaction(() => {
      ctx.accesses.write(c.statements, ctx.analyzerVersion, time)
      for (const e of entries) {
        c.statements.upsert.run(e.kind, e.imageId, ctx.analyzerVersion, e.json, e.sizeBytes, time, time)
      }
      evicted = evictIfOver(c, ctx.maxBytes)
    })
    .immediate()
  ctx.accesses.clear()
  if (evicted) giveSpaceBack(c)
}

function evictIfOver(c: Connection, maxBytes: number): boolean {
  const totals = c.statements.totals.get()
  if (!totals || totals.bytes <= maxBytes) return false
  c.statements.evictOldest.run(totals.bytes - Math.floor(maxBytes * EVICT_TO))
  return true
}

export function flushAccesses(c: Connection, ctx: OperationContext): void {
  if (ctx.accesses.pending === 0) return
  c.db.transaction(() => ctx.accesses.write(c.statements, ctx.analyzerVersion, ctx.now())).immediate()
  ctx.accesses.clear()
}

/** Removes other analyzer versions' entries and those of images not in `live`; returns the count. */
export function pruneEntries(c: Connection, ctx: OperationContext, live: ReadonlySet<string>): number {
  let removed = 0
  c.db
    .transaction(() => {
      removed += c.statements.deleteOtherVersions.run(ctx.analyzerVersion).changes
      for (const imageId of c.statements.imageIds.all()) {
        if (!live.has(imageId)) removed += c.statements.deleteImage.run(imageId).changes
      }
    })
    .immediate()
  if (removed > 0) giveSpaceBack(c)
  return removed
}

/** The file is created with incremental auto-vacuum, so freed pages can be returned to the disk. */
function giveSpaceBack(c: Connection): void {
  c.db.pragma('incremental_vacuum')
}
