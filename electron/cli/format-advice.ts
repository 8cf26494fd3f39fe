import type { CurrentBase, DeltaReference, VariantAdvice, VariantCandidate } from '../../shared/model'
import { formatBytes } from '../../shared/lib/bytes'
import { formatTable } from './table'

function sizeText(bytes: number | null, source: string | null, approximate = false): string {
  if (bytes === null) return 'unknown'
  return `${approximate ? '~' : ''}${formatBytes(bytes)} (${source ?? 'source unknown'})`
}

/** "-10.5 MB"; "-10.5 MB vs app:1.2" when the delta is not against the current column. */
function deltaText(candidate: VariantCandidate, current: CurrentBase): string {
  const { deltaBytes, deltaAgainst } = candidate
  if (deltaBytes === null) return 'not comparable'
  const signed = `${deltaBytes > 0 ? '+' : deltaBytes < 0 ? '-' : ''}${formatBytes(Math.abs(deltaBytes))}`
  return deltaAgainst === null || isAgainstCurrent(deltaAgainst, current) ? signed : `${signed} vs ${deltaAgainst.reference}`
}

/** The same image as the first column: by name, or by figure when the base has no name. */
function isAgainstCurrent(against: DeltaReference, current: CurrentBase): boolean {
  return current.reference === null ? against.sizeBytes === current.sizeBytes : against.reference === current.reference
}

/** A fact of the candidate's content; "unknown" for all of them when it was not inspected. */
function toolText(candidate: VariantCandidate, known: string): string {
  return candidate.areToolsKnown ? known : 'unknown'
}

/** `baseline suggest`: one row per fact, the current base first and one column per candidate. */
export function formatAdvice(advice: VariantAdvice): string {
  const { current, candidates } = advice
  const lines: string[] = []
  if (advice.note) lines.push(advice.note, '')
  if (candidates.length > 0) {
    const header = ['', `current: ${current.reference ?? 'unknown'}`, ...candidates.map((c) => `${c.recommended ? '* ' : ''}${c.reference}`)]
    const rows: string[][] = [
      ['variant', current.variant ?? '?', ...candidates.map((c) => c.variant)],
      ['size', sizeText(current.sizeBytes, current.sizeSource), ...candidates.map((c) => sizeText(c.sizeBytes, c.sizeSource, c.isApproximate))],
      ['delta', '', ...candidates.map((c) => deltaText(c, current))],
      ['libc', current.libc ?? '?', ...candidates.map((c) => toolText(c, c.libc ?? '?'))],
      ['shell', '', ...candidates.map((c) => toolText(c, c.hasShell ? (c.shell ?? 'yes') : 'none'))],
      ['packages', '', ...candidates.map((c) => toolText(c, c.packageManager ?? 'none'))],
      ['debug', '', ...candidates.map((c) => toolText(c, c.debugEase))],
      ['surface', '', ...candidates.map((c) => c.attackSurface)],
    ]
    lines.push(formatTable(header, rows).trimEnd(), '')
  }
  const best = candidates.find((candidate) => candidate.recommended)
  if (best) lines.push(`Recommended: ${best.reference}: ${best.reason ?? ''}`, `  ${best.fromLine}`, '')
  for (const candidate of candidates) {
    for (const caveat of candidate.caveats) lines.push(`! ${candidate.reference}: ${caveat}`)
  }
  // What each candidate rests on (issue 16): a reader checks the facts, not only the verdict.
  for (const candidate of candidates) {
    for (const fact of candidate.evidence) lines.push(`? ${candidate.reference}: ${fact}`)
  }
  for (const excluded of advice.excluded) lines.push(`x ${excluded.reference}: ${excluded.reason}`)
  if (advice.evidence.length > 0) lines.push('', 'Because:', ...advice.evidence.map((fact) => `  - ${fact}`))
  return `${lines.join('\n').trimEnd()}\n`
}
