import type { HistoryStep, ImageDetail } from '../../shared/model'
import { formatBytesLikeDocker, shortId } from '../../shared/lib/bytes'
import { formatAge } from '../../shared/lib/time'
import { formatTable, oneLine, truncate } from './table'

/** `inspect --json`: the detail with its history in `docker history` order, and saying so. */
export type CliImageDetail = Omit<ImageDetail, 'history'> & { historyOrder: 'newest-first'; history: HistoryStep[] }

export function toCliJson(detail: ImageDetail): CliImageDetail {
  const { history, ...rest } = detail
  return { ...rest, historyOrder: 'newest-first', history: [...history].reverse() }
}

const ALIGNMENT_NOTE: Record<ImageDetail['alignment'], string> = {
  exact: 'exact',
  inferred: 'inferred (zero-byte steps placed by what their instruction can produce)',
  mismatch: 'mismatch (the history does not fit the layers; layer IDs left blank)',
}

/** What a Dockerfile would say: "RUN make", "COPY a /b", "IMPORT Imported from -". */
export function commandOf(step: HistoryStep): string {
  if (step.instruction === 'RUN') return `RUN ${step.createdBy}`
  if (step.instruction === 'IMPORT') return `IMPORT ${step.comment ?? ''}`.trim()
  return step.createdBy
}

function header(detail: ImageDetail, now: Date): string {
  const { summary } = detail
  const platform = [detail.os, detail.architecture, detail.variant].filter(Boolean).join('/')
  const layers = `${summary.layerCount} layer${summary.layerCount === 1 ? '' : 's'}`
  const lines: [string, string][] = [
    ['Image', summary.tags.length > 0 ? summary.tags.join(', ') : summary.repoDigests[0] ?? '<none>'],
    ['ID', summary.id],
    ['Created', `${summary.createdAt} (${formatAge(summary.createdAt, now)})`],
    ['On disk', `${formatBytesLikeDocker(summary.sizeBytes)} in ${layers}`],
    ['Content', detail.contentBytes === null ? 'not kept apart by this engine (no compressed blobs)' : `${formatBytesLikeDocker(detail.contentBytes)} compressed`],
    ['Platform', platform + otherPlatforms(detail, platform)],
    ['Alignment', ALIGNMENT_NOTE[detail.alignment]],
  ]
  return lines.map(([label, value]) => `${label.padEnd(11)}${value}`).join('\n')
}

/** "; its index also lists linux/arm64/v8 (not on this machine)": the other platforms of a multi-platform image. */
function otherPlatforms(detail: ImageDetail, shown: string): string {
  const others = detail.platforms.filter((entry) => entry.platform !== shown)
  if (others.length === 0) return ''
  return `; its index also lists ${others.map((entry) => `${entry.platform}${entry.isPresent ? '' : ' (not on this machine)'}`).join(', ')}`
}

/**
 * The human view of `baseline inspect`: a header, then the steps in build order (oldest first,
 * as a Dockerfile reads). Commands are cut to the terminal's width when there is one.
 */
export function formatImageDetail(detail: ImageDetail, now: Date, columns: number | null): string {
  const rows = detail.history.map((step) => [
    String(step.step),
    formatBytesLikeDocker(step.sizeBytes),
    step.diffId === null ? '-' : shortId(step.diffId),
    oneLine(commandOf(step)),
  ])
  const fixed = ['STEP', 'SIZE', 'LAYER'].map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)) + 3)
  const room = columns === null ? null : Math.max(20, columns - fixed.reduce((sum, width) => sum + width, 0))
  const cut = rows.map((row) => [...row.slice(0, 3), truncate(row[3] ?? '', room)])
  const steps = formatTable(['STEP', 'SIZE', 'LAYER', 'COMMAND'], cut)
  return `${header(detail, now)}\n\n${steps}`
}
