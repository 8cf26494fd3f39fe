import type { CurrentBase, SizeSource, VariantCandidate } from '../../../../shared/model'
import { formatExactBytes } from '../../ui/format'
import { deltaAgainstText, deltaText, deltaTone, libcText, shellText, sizeText, type DeltaTone } from './variant-text'

/** One row per fact, in this order; the headers are the row headers of the table, word for word. */
export const FACT_NAMES = [
  'Variant',
  'Size',
  'Delta',
  'libc',
  'Shell',
  'Package manager',
  'Debug ease',
  'Attack surface',
  'Caveats',
  'Evidence',
  'FROM line',
] as const

export type FactName = (typeof FACT_NAMES)[number]

export type FactCell =
  | { kind: 'text'; text: string }
  /** A size with where it comes from, always shown together. */
  | { kind: 'size'; text: string; source: SizeSource; exact: string }
  /** `against` names what the delta is measured against when it is not the first column. */
  | { kind: 'delta'; text: string; tone: DeltaTone; against: string | null }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; text: string }
  /** Not a fact of this column: a quiet dash with the reason on hover. */
  | { kind: 'missing'; why: string }
  /** A fact of this column that nobody knows: a quiet "unknown", never a guess, with the reason on hover. */
  | { kind: 'unknown'; why: string }

const NOT_KNOWN_CURRENT = 'Not known for the current base'

/** The first column: only what the advisor knows of the base as it is now. */
export function currentCell(fact: FactName, current: CurrentBase): FactCell {
  switch (fact) {
    case 'Variant':
      return current.variant ? { kind: 'text', text: current.variant } : { kind: 'missing', why: NOT_KNOWN_CURRENT }
    case 'Size':
      return current.sizeBytes !== null && current.sizeSource !== null
        ? { kind: 'size', text: sizeText(current.sizeBytes), source: current.sizeSource, exact: formatExactBytes(current.sizeBytes) }
        : { kind: 'missing', why: 'No size is known for the current base' }
    case 'Delta':
      return { kind: 'missing', why: 'The deltas of the other columns are against this one, unless they name another image' }
    case 'libc':
      return current.libc ? { kind: 'text', text: libcText(current.libc) } : { kind: 'missing', why: NOT_KNOWN_CURRENT }
    default:
      return { kind: 'missing', why: NOT_KNOWN_CURRENT }
  }
}

const NOT_INSPECTED: FactCell = { kind: 'unknown', why: 'Only the size of this local image was measured: its content was not inspected' }

/** libc, shell, package manager and the debug ease they make: unknown for a candidate not inspected. */
function toolCell(candidate: VariantCandidate, known: FactCell): FactCell {
  return candidate.areToolsKnown ? known : NOT_INSPECTED
}

export function candidateCell(fact: FactName, candidate: VariantCandidate, current: CurrentBase): FactCell {
  switch (fact) {
    case 'Variant':
      return { kind: 'text', text: candidate.variant }
    case 'Size':
      return candidate.sizeBytes !== null && candidate.sizeSource !== null
        ? {
            kind: 'size',
            text: sizeText(candidate.sizeBytes, candidate.isApproximate),
            source: candidate.sizeSource,
            exact: candidate.isApproximate ? 'A published approximation' : formatExactBytes(candidate.sizeBytes),
          }
        : { kind: 'text', text: 'not known' }
    case 'Delta':
      return {
        kind: 'delta',
        text: deltaText(candidate.deltaBytes),
        tone: deltaTone(candidate.deltaBytes),
        against: deltaAgainstText(candidate, current),
      }
    case 'libc':
      return toolCell(candidate, candidate.libc ? { kind: 'text', text: libcText(candidate.libc) } : { kind: 'unknown', why: 'No libc is known' })
    case 'Shell':
      return toolCell(candidate, { kind: 'text', text: shellText(candidate) })
    case 'Package manager':
      return toolCell(candidate, { kind: 'text', text: candidate.packageManager ?? 'none' })
    case 'Debug ease':
      return toolCell(candidate, { kind: 'text', text: candidate.debugEase })
    case 'Attack surface':
      return { kind: 'text', text: candidate.attackSurface }
    case 'Caveats':
      return candidate.caveats.length > 0 ? { kind: 'list', items: candidate.caveats } : { kind: 'text', text: 'none' }
    case 'Evidence':
      // The facts the candidate rests on (issue 16): never empty, so never "none".
      return { kind: 'list', items: candidate.evidence }
    case 'FROM line':
      return { kind: 'code', text: candidate.fromLine }
  }
}
