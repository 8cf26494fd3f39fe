import { splitKeepingEnds } from './text-lines'
/**
 * What a rewrite did around each line of the original, in order: how many lines it added before
 * and after it (it may also have changed the line itself). Lets a diff follow the edits instead of
 * searching for them.
 */
export type LineAdditions = ReadonlyArray<readonly [before: number, after: number]>

/**
 * A unified diff ("--- a/Dockerfile", "+++ b/Dockerfile", hunks with `context` lines around each
 * change) from a line LCS. Dockerfiles are small (the input is capped), so the quadratic table over
 * the part between the common prefix and suffix is cheap and keeps the code obvious. Past
 * EDITS_CELLS, a caller that knows its edits (`additions`) gets them diffed line by line: the table
 * for 25,000 rewritten lines took most of a second and then gave up ("replaced whole").
 */
export function unifiedDiff(before: string, after: string, name = 'Dockerfile', context = 3, additions?: LineAdditions): string {
  if (before === after) return ''
  const a = splitKeepingEnds(before)
  const b = splitKeepingEnds(after)
  const ops = (additions && middleCells(a, b) > EDITS_CELLS && opsFromAdditions(a, b, additions, context)) || lineOps(a, b, context)
  const hunks = groupHunks(ops, context)
  return [`--- a/${name}\n`, `+++ b/${name}\n`, ...hunks.map((hunk) => renderHunk(hunk, a, b))].join('')
}

const MAX_TABLE_CELLS = 4_000_000
// A Dockerfile of a few hundred lines stays on the table, whose diff is minimal.
const EDITS_CELLS = 250_000

/** Cells of the LCS table over the part between the common prefix and suffix. */
function middleCells(a: string[], b: string[]): number {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB-- }
  return (endA - start) * (endB - start)
}

/** Each original line kept or replaced, with the added lines around it; null when `additions` does not describe `b`. */
function opsFromAdditions(a: string[], b: string[], additions: LineAdditions, context: number): Op[] | null {
  if (additions.length !== a.length) return null
  const ops: Op[] = []
  let j = 0
  for (let i = 0; i < a.length; i++) {
    const [added, addedAfter] = additions[i]!
    for (let k = 0; k < added; k++) ops.push({ kind: '+', aIndex: i, bIndex: j++ })
    if (j >= b.length) return null
    if (a[i] === b[j]) ops.push({ kind: ' ', aIndex: i, bIndex: j++ })
    else ops.push({ kind: '-', aIndex: i, bIndex: j }, { kind: '+', aIndex: i + 1, bIndex: j++ })
    for (let k = 0; k < addedAfter; k++) ops.push({ kind: '+', aIndex: i + 1, bIndex: j++ })
  }
  return j === b.length ? orderRuns(elideUnchanged(ops, context)) : null
}

/**
 * Runs of unchanged lines cut to what the hunks show: `context` lines at each end, and between two
 * changes enough (3 × context + 1) that groupHunks still keeps them apart. 10,000 stages changed at
 * both ends made 20,000 ops for two hunks.
 */
function elideUnchanged(ops: Op[], context: number): Op[] {
  const out: Op[] = []
  let runStart = 0
  for (let i = 0; i <= ops.length; i++) {
    if (i < ops.length && ops[i]!.kind === ' ') continue
    if (runStart === 0) out.push(...ops.slice(Math.max(0, i - context), i))
    else if (i === ops.length) out.push(...ops.slice(runStart, Math.min(i, runStart + context)))
    else if (i - runStart > 3 * context + 1) out.push(...ops.slice(runStart, runStart + 2 * context + 1), ...ops.slice(i - context, i))
    else out.push(...ops.slice(runStart, i))
    if (i < ops.length) out.push(ops[i]!)
    runStart = i + 1
  }
  return out
}

type Op = { kind: ' ' | '-' | '+'; aIndex: number; bIndex: number }

/** `context`: the common prefix and suffix appear only as far as a hunk shows them (a one-line change to 50,000 lines made 50,000 ops). */
function lineOps(a: string[], b: string[], context: number): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB-- }
  const n = endA - start
  const m = endB - start
  // Past this the table would take hundreds of MB (a 1 MiB input of short lines): the middle is
  // then shown replaced whole, still a correct diff, just not a minimal one.
  if (n * m > MAX_TABLE_CELLS) return replacedWhole(a.length, b.length, start, endA, endB, context)
  // lcs[i][j]: length of the LCS of a[start+i..endA) and b[start+j..endB).
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[start + i] === b[start + j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const ops: Op[] = []
  for (let k = Math.max(0, start - context); k < start; k++) ops.push({ kind: ' ', aIndex: k, bIndex: k })
  let i = 0
  let j = 0
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) { ops.push({ kind: ' ', aIndex: start + i, bIndex: start + j }); i++; j++ }
    else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) { ops.push({ kind: '+', aIndex: start + i, bIndex: start + j }); j++ }
    else { ops.push({ kind: '-', aIndex: start + i, bIndex: start + j }); i++ }
  }
  // Deletions before insertions inside each run of changes, as diff(1) prints them.
  const tail = Math.min(context, a.length - endA)
  for (let k = 0; k < tail; k++) ops.push({ kind: ' ', aIndex: endA + k, bIndex: endB + k })
  return orderRuns(ops)
}

function orderRuns(ops: Op[]): Op[] {
  const out: Op[] = []
  let run: Op[] = []
  const flush = (): void => {
    out.push(...run.filter((op) => op.kind === '-'), ...run.filter((op) => op.kind === '+'))
    run = []
  }
  for (const op of ops) {
    if (op.kind === ' ') { flush(); out.push(op) } else run.push(op)
  }
  flush()
  return out
}

function groupHunks(ops: Op[], context: number): Op[][] {
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]))
  const hunks: Op[][] = []
  let from = -1
  let to = -1
  for (const index of changed) {
    if (from >= 0 && index - to > 2 * context) { hunks.push(ops.slice(from, to + 1)); from = -1 }
    if (from < 0) from = Math.max(0, index - context)
    to = Math.min(ops.length - 1, index + context)
  }
  if (from >= 0) hunks.push(ops.slice(from, to + 1))
  return hunks
}

function renderHunk(hunk: Op[], a: string[], b: string[]): string {
  const aCount = hunk.filter((op) => op.kind !== '+').length
  const bCount = hunk.filter((op) => op.kind !== '-').length
  // A zero-length side is addressed by the line before it, as diff(1) does.
  const aStart = smallest(hunk.filter((op) => aCount === 0 || op.kind !== '+').map((op) => op.aIndex)) + (aCount === 0 ? 0 : 1)
  const bStart = smallest(hunk.filter((op) => bCount === 0 || op.kind !== '-').map((op) => op.bIndex)) + (bCount === 0 ? 0 : 1)
  const body = hunk.map((op) => {
    const line = op.kind === '+' ? b[op.bIndex]! : a[op.aIndex]!
    return line.endsWith('\n') ? `${op.kind}${line}` : `${op.kind}${line}\n\\ No newline at end of file\n`
  })
  return `@@ -${aStart},${aCount} +${bStart},${bCount} @@\n${body.join('')}`
}

/** Math.min without spreading: a hunk of 100,000 lines would pass the engine's argument limit. */
function smallest(values: number[]): number {
  let least = Infinity
  for (const value of values) if (value < least) least = value
  return least
}

function replacedWhole(aLength: number, bLength: number, start: number, endA: number, endB: number, context: number): Op[] {
  const ops: Op[] = []
  for (let k = Math.max(0, start - context); k < start; k++) ops.push({ kind: ' ', aIndex: k, bIndex: k })
  for (let k = start; k < endA; k++) ops.push({ kind: '-', aIndex: k, bIndex: start })
  for (let k = start; k < endB; k++) ops.push({ kind: '+', aIndex: endA, bIndex: k })
  for (let k = 0; k < Math.min(context, aLength - endA); k++) ops.push({ kind: ' ', aIndex: endA + k, bIndex: endB + k })
  return ops
}
