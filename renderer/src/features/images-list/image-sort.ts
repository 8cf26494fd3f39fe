import type { ImageRow } from './image-rows'
import { NONE } from './image-rows'

export type SortKey = 'repository' | 'tag' | 'id' | 'created' | 'size' | 'layers'
export type SortDirection = 'ascending' | 'descending'

export interface SortState {
  key: SortKey
  direction: SortDirection
}

/** Newest first, as `docker image ls` lists them. */
export const DEFAULT_SORT: SortState = { key: 'created', direction: 'descending' }

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

const compareNames = (a: string, b: string): number => collator.compare(a, b)

/** "<none>" is not a name: it goes after every name whichever way the column is sorted. */
function noneLast(key: SortKey, a: ImageRow, b: ImageRow): number {
  const field = key === 'repository' ? 'repository' : key === 'tag' ? 'primaryTag' : null
  if (!field) return 0
  return Number(a[field] === NONE) - Number(b[field] === NONE)
}

const byKey: Record<SortKey, (a: ImageRow, b: ImageRow) => number> = {
  repository: (a, b) => compareNames(a.repository, b.repository) || compareNames(a.primaryTag, b.primaryTag),
  tag: (a, b) => compareNames(a.primaryTag, b.primaryTag) || compareNames(a.repository, b.repository),
  id: (a, b) => a.id.localeCompare(b.id),
  created: (a, b) => a.createdMs - b.createdMs,
  size: (a, b) => a.sizeBytes - b.sizeBytes,
  layers: (a, b) => a.layerCount - b.layerCount,
}

export function sortRows(rows: readonly ImageRow[], sort: SortState): ImageRow[] {
  const compare = byKey[sort.key]
  const sign = sort.direction === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    // Ties fall back to the ID so equal rows never swap places between renders.
    return noneLast(sort.key, a, b) || sign * compare(a, b) || a.id.localeCompare(b.id)
  })
}

/** Numbers and dates start biggest/newest first; names start at A. */
const firstDirection: Record<SortKey, SortDirection> = {
  repository: 'ascending',
  tag: 'ascending',
  id: 'ascending',
  created: 'descending',
  size: 'descending',
  layers: 'descending',
}

/** Clicking the sorted column flips it; clicking another starts at that column's natural order. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: firstDirection[key] }
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}
