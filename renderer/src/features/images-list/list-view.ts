import { EMPTY_SELECTION, type Selection } from './image-selection'
import { DEFAULT_SORT, type SortState } from './image-sort'

/**
 * What the user set up on the list. It lives above the router so that opening an image and coming
 * back keeps the filter, the sort and the place in the list.
 */
export interface ListView {
  filter: string
  sort: SortState
  /** The image last opened from the list; its row gets focus back on return. */
  lastOpenedId: string | null
  /** Images picked for a comparison; kept while the user opens one of them and comes back. */
  selection: Selection
}

export const INITIAL_LIST_VIEW: ListView = { filter: '', sort: DEFAULT_SORT, lastOpenedId: null, selection: EMPTY_SELECTION }

export function imageCountText(shown: number, total: number): string {
  const noun = total === 1 ? 'image' : 'images'
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`
}
