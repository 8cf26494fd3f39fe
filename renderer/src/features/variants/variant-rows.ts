import type { CurrentBase, SizeSource, VariantCandidate } from '../../../../shared/model'
import { formatExactBytes } from '../../ui/format'
import { deltaText, deltaTone, libcText, shellText, sizeText, type DeltaTone } from './variant-text'

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
  'FROM line',
] as const

export type FactName = (typeof FACT_NAMES)[number]

export type FactCell =
  | { kind: 'text'; text: string }
  /** A size with where it comes from, always shown together. */
  | { kind: 'size'; text: string; source: SizeSource; exact: string }
  | { kind: 'delta'; text: string; tone: DeltaTone }
  | { kind: 'list'; items: string[] }
  | { kind: 'code'; text: string }
  /** Not known, or not a fact of this column: a quiet dash with the reason on hover. */
  | { kind: 'missing'; why: string }

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
      return { kind: 'missing', why: 'The deltas of the other columns are against this one' }
    case 'libc':
      return current.libc ? { kind: 'text', text: libcText(current.libc) } : { kind: 'missing', why: NOT_KNOWN_CURRENT }
    default:
      return { kind: 'missing', why: NOT_KNOWN_CURRENT }
  }
}

export function candidateCell(fact: FactName, candidate: VariantCandidate): FactCell {
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
      return { kind: 'delta', text: deltaText(candidate.deltaBytes), tone: deltaTone(candidate.deltaBytes) }
    case 'libc':
      return { kind: 'text', text: candidate.libc ? libcText(candidate.libc) : 'not known' }
    case 'Shell':
      return { kind: 'text', text: shellText(candidate) }
    case 'Package manager':
      return { kind: 'text', text: candidate.packageManager ?? 'none' }
    case 'Debug ease':
      return { kind: 'text', text: candidate.debugEase }
    case 'Attack surface':
      return { kind: 'text', text: candidate.attackSurface }
    case 'Caveats':
      return candidate.caveats.length > 0 ? { kind: 'list', items: candidate.caveats } : { kind: 'text', text: 'none' }
    case 'FROM line':
      return { kind: 'code', text: candidate.fromLine }
  }
}
