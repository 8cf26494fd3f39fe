import type { VariantAdvice, VariantCandidate } from '../../shared/model'
import { formatBytes } from '../../shared/lib/bytes'
import { formatTable } from './table'

function sizeText(bytes: number | null, source: string | null, approximate = false): string {
  if (bytes === null) return 'unknown'
  return `${approximate ? '~' : ''}${formatBytes(bytes)} (${source ?? 'source unknown'})`
}

function deltaText(candidate: VariantCandidate): string {
  if (candidate.deltaBytes === null) return 'not comparable'
  return `${candidate.deltaBytes > 0 ? '+' : candidate.deltaBytes < 0 ? '-' : ''}${formatBytes(Math.abs(candidate.deltaBytes))}`
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
      ['delta', '', ...candidates.map(deltaText)],
      ['libc', current.libc ?? '?', ...candidates.map((c) => c.libc ?? '?')],
      ['shell', '', ...candidates.map((c) => (c.hasShell ? c.shell ?? 'yes' : 'none'))],
      ['packages', '', ...candidates.map((c) => c.packageManager ?? 'none')],
      ['debug', '', ...candidates.map((c) => c.debugEase)],
      ['surface', '', ...candidates.map((c) => c.attackSurface)],
    ]
    lines.push(formatTable(header, rows).trimEnd(), '')
  }
  const best = candidates.find((candidate) => candidate.recommended)
  if (best) lines.push(`Recommended: ${best.reference}: ${best.reason ?? ''}`, `  ${best.fromLine}`, '')
  for (const candidate of candidates) {
    for (const caveat of candidate.caveats) lines.push(`! ${candidate.reference}: ${caveat}`)
  }
  for (const excluded of advice.excluded) lines.push(`x ${excluded.reference}: ${excluded.reason}`)
  if (advice.evidence.length > 0) lines.push('', 'Because:', ...advice.evidence.map((fact) => `  - ${fact}`))
  return `${lines.join('\n').trimEnd()}\n`
}
