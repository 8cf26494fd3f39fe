import type { Comparison } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatDateTime, formatExactBytes } from '../../ui/format'

/** When, from which engine, with which analyzer: what every report states, and this view too. */
export function provenanceText(comparison: Comparison): string {
  const made = formatDateTime(comparison.generatedAt) ?? comparison.generatedAt
  const { engine } = comparison
  const engineText = engine
    ? `engine ${engine.version} (${engine.os}/${engine.arch}) at ${engine.endpoint}`
    : 'no engine connected'
  return `Made ${made} · ${engineText} · analyzer ${comparison.analyzerVersion} · Baseline ${comparison.appVersion}`
}

export interface TotalFact {
  label: string
  text: string
  /** The exact figure behind a rounded size; null for a count. */
  exact: string | null
  help: string
}

/** Across all compared images: what they weigh side by side, and what sharing layers saves. */
export function totalFacts(comparison: Comparison): TotalFact[] {
  const { totals } = comparison
  const size = (label: string, bytes: number, help: string): TotalFact => ({
    label,
    text: formatBytes(bytes),
    exact: formatExactBytes(bytes),
    help,
  })
  return [
    size('Sum of sizes', totals.sizeBytes, 'Each image counted whole, as the image list shows them'),
    size('Unique bytes', totals.uniqueBytes, 'On disk: a layer several images use is stored once'),
    size('Saved by sharing', totals.savedBySharingBytes, 'What the shared layers would cost if each image had its own copy'),
    {
      label: 'Distinct layers',
      text: String(totals.uniqueLayerCount),
      exact: null,
      help: 'Layers across all the local images, each counted once',
    },
  ]
}

/** "Compare 3 images"; the h1 and the window title. */
export function compareTitle(count: number): string {
  return count < 2 ? 'Compare images' : `Compare ${count} images`
}
