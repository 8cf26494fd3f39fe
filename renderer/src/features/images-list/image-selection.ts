/**
 * Which images are picked for a comparison. IDs, not row positions: the pick survives sorting,
 * filtering and a refreshed list. Kept in the order they were picked, which becomes the order of
 * the comparison's columns.
 */
export interface Selection {
  ids: readonly string[]
  /** Where a Shift range starts: the row last toggled on its own. */
  anchorId: string | null
}

export const EMPTY_SELECTION: Selection = { ids: [], anchorId: null }

/** The API compares at most this many images at once (shared/contract guards). */
export const MAX_COMPARED = 16

export function isSelected(selection: Selection, id: string): boolean {
  return selection.ids.includes(id)
}

/** Ctrl+click, Space or the row's checkbox: one image in or out; it becomes the range's anchor. */
export function toggleSelected(selection: Selection, id: string): Selection {
  const ids = isSelected(selection, id) ? selection.ids.filter((selected) => selected !== id) : [...selection.ids, id]
  return { ids, anchorId: id }
}

/**
 * Shift+click or Shift+Space: every row shown between the anchor and this one is added, in the
 * order shown. With no anchor in sight (filtered away, or none yet) it is a plain toggle.
 */
export function selectRange(selection: Selection, shownIds: readonly string[], id: string): Selection {
  const from = selection.anchorId === null ? -1 : shownIds.indexOf(selection.anchorId)
  const to = shownIds.indexOf(id)
  if (from < 0 || to < 0) return toggleSelected(selection, id)
  const [start, end] = from <= to ? [from, to] : [to, from]
  const range = from <= to ? shownIds.slice(start, end + 1) : shownIds.slice(start, end + 1).reverse()
  const added = range.filter((rangeId) => !isSelected(selection, rangeId))
  return { ids: [...selection.ids, ...added], anchorId: selection.anchorId }
}

/** The picked images the engine still has (one may have been removed since it was picked). */
export function selectedPresent(selection: Selection, existingIds: ReadonlySet<string>): string[] {
  return selection.ids.filter((id) => existingIds.has(id))
}

/** "Compare (3)"; the reason it cannot, when it cannot. */
export function compareReadiness(count: number): { label: string; blocker: string | null } {
  const label = `Compare (${count})`
  if (count < 2) return { label, blocker: 'Pick two or more images to compare them' }
  if (count > MAX_COMPARED) return { label, blocker: `At most ${MAX_COMPARED} images can be compared at once` }
  return { label, blocker: null }
}
