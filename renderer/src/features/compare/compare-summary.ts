import type { Comparison } from '../../../../shared/model'
import { formatDateTime } from '../../ui/format'

/** When, from which engine, with which analyzer: what every report states, and this view too. */
export function provenanceText(comparison: Comparison): string {
  const made = formatDateTime(comparison.generatedAt) ?? comparison.generatedAt
  const { engine } = comparison
  const engineText = engine
    ? `${engine.title} (${engine.version}, ${engine.os}/${engine.arch}) at ${engine.endpoint}`
    : 'no engine connected'
  return `Made ${made} · ${engineText} · analyzer ${comparison.analyzerVersion} · Baseline ${comparison.appVersion}`
}

/** "Compare 3 images"; the h1 and the window title. */
export function compareTitle(count: number): string {
  return count < 2 ? 'Compare images' : `Compare ${count} images`
}
