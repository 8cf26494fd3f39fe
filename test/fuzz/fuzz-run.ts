import { performance } from 'node:perf_hooks'
import { ApiError } from '../../shared/contract/errors'

/** What one fuzzer found: crashes (anything but a deliberate refusal) and its slowest input. */
export interface FuzzReport {
  name: string
  runs: number
  crashes: { input: string; error: string }[]
  /** The slowest input, re-timed: best of three further runs, so a GC pause or a first compile is not mistaken for a slow parse. */
  slowest: { ms: number; firstMs: number; input: string }
  totalMs: number
}

const RETIMED = 5

/**
 * A refusal we meant: ApiError INVALID_INPUT, or a plain Error our own readers throw with a
 * sentence (the tar walker's "Invalid tar header: …"). A TypeError, RangeError or stack overflow
 * is a crash: the code did not see that input coming.
 */
export function isDeliberateRefusal(error: unknown): boolean {
  if (error instanceof ApiError) return error.code === 'INVALID_INPUT'
  return error instanceof Error && error.constructor === Error && error.message.length > 0
}

/** Runs `check` on `count` generated inputs; `describe` turns an input into printable text. */
export function fuzz<T>(name: string, count: number, generate: (index: number) => T, check: (input: T) => unknown, describe: (input: T) => string): FuzzReport {
  const report: FuzzReport = { name, runs: 0, crashes: [], slowest: { ms: 0, firstMs: 0, input: '' }, totalMs: 0 }
  let slowest: { ms: number; input: T }[] = []
  for (let index = 0; index < count; index += 1) {
    const input = generate(index)
    const ms = timed(input, check, (error) => {
      report.crashes.push({ input: describe(input), error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) })
    })
    report.totalMs += ms
    report.runs += 1
    if (slowest.length < RETIMED || ms > (slowest[slowest.length - 1]?.ms ?? 0)) {
      slowest = [...slowest, { ms, input }].sort((a, b) => b.ms - a.ms).slice(0, RETIMED)
    }
  }
  for (const candidate of slowest) {
    const ms = Math.min(...[0, 1, 2].map(() => timed(candidate.input, check, () => undefined)))
    if (ms > report.slowest.ms) report.slowest = { ms, firstMs: candidate.ms, input: describe(candidate.input) }
  }
  return report
}

function timed<T>(input: T, check: (input: T) => unknown, onCrash: (error: unknown) => void): number {
  const started = performance.now()
  try {
    check(input)
  } catch (error) {
    if (!isDeliberateRefusal(error)) onCrash(error)
  }
  return performance.now() - started
}

/** One line a person can read, the input escaped and cut so the terminal stays usable. */
export function formatReport(report: FuzzReport, budgetMs: number): string {
  const shown = (text: string): string => JSON.stringify(text.length > 160 ? `${text.slice(0, 160)}… (${text.length} chars)` : text)
  const lines = [
    `${report.name}: ${report.runs} inputs in ${(report.totalMs / 1000).toFixed(1)} s, ${report.crashes.length} crashes, ` +
      `slowest ${report.slowest.ms.toFixed(2)} ms re-timed (${report.slowest.firstMs.toFixed(2)} ms when first met; ` +
      `budget ${budgetMs} ms: ${report.slowest.ms <= budgetMs ? 'within' : 'OVER'})`,
    `  slowest input: ${shown(report.slowest.input)}`,
  ]
  for (const crash of report.crashes.slice(0, 5)) lines.push(`  CRASH ${crash.error} on ${shown(crash.input)}`)
  return lines.join('\n')
}
