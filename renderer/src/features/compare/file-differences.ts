import type { FileDifference, PathChange } from '../../../../shared/model'

export type ChangeFilter = PathChange | 'all'
export type DifferenceSort = 'size' | 'path'

/** Rows drawn at once in the differences table; "Show more" adds as many again. */
export const DIFFERENCES_PAGE = 200

/** The differences one folder and one kind of change keep, largest first or by path. */
export function visibleDifferences(
  differences: readonly FileDifference[],
  change: ChangeFilter,
  folder: string | null,
  sort: DifferenceSort,
): FileDifference[] {
  const kept = differences.filter((item) => (change === 'all' || item.change === change) && (folder === null || item.topFolder === folder))
  // The core sends them largest first; only the path order needs sorting here.
  return sort === 'size' ? kept : [...kept].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The bytes a row stands for: what goes, what arrives, or the larger of the two versions. */
export function differenceBytes(item: FileDifference): number {
  if (item.change === 'removed') return item.fromSizeBytes
  if (item.change === 'added') return item.toSizeBytes
  return Math.max(item.fromSizeBytes, item.toSizeBytes)
}
