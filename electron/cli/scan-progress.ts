import { formatBytes } from '../../shared/lib/bytes'

const BAR_WIDTH = 24
/** Redrawing more often than this only costs terminal time. */
const REDRAW_MS = 100

/** One line of progress, redrawn in place: "reading layers [#####-----] 12.3 MB / 45.6 MB". */
export function progressLine(phase: string, done: number, total: number | null): string {
  if (total === null || total <= 0) return `${phase}…`
  const ratio = Math.min(1, done / total)
  const filled = Math.round(ratio * BAR_WIDTH)
  return `${phase} [${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${formatBytes(done)} / ${formatBytes(total)}`
}

export interface ProgressBar {
  update(phase: string, done: number, total: number | null): void
  /** Clears the line so what follows starts clean. */
  clear(): Promise<void>
}

/** A bar on a terminal's stderr; `write` is only called when stderr is a terminal. */
export function createProgressBar(write: (text: string) => Promise<void>, columns: number, now: () => number = Date.now): ProgressBar {
  let last = 0
  let lastPhase = ''
  let drawn = false
  return {
    update(phase, done, total) {
      const at = now()
      if (phase === lastPhase && at - last < REDRAW_MS) return
      last = at
      lastPhase = phase
      drawn = true
      void write(`\r\x1b[K${progressLine(phase, done, total).slice(0, Math.max(10, columns - 1))}`)
    },
    clear: () => (drawn ? write('\r\x1b[K') : Promise.resolve()),
  }
}
