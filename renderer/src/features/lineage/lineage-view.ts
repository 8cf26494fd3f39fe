/**
 * What the user set up on the lineage tree. It lives above the router, so opening an image and
 * coming back keeps the filter, what was folded and the place in the tree.
 */
export interface LineageView {
  filter: string
  /** Images whose children are hidden; everything else is unfolded, so new images show at once. */
  collapsed: ReadonlySet<string>
  /** The image last opened from the tree; its row gets focus back on return. */
  lastOpenedId: string | null
}

export const INITIAL_LINEAGE_VIEW: LineageView = { filter: '', collapsed: new Set(), lastOpenedId: null }

export function lineageCountText(matches: number | null, total: number): string {
  const noun = total === 1 ? 'image' : 'images'
  return matches === null ? `${total} ${noun}` : `${matches} of ${total} ${noun} match`
}
