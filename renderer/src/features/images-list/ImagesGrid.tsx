import { useRovingVirtualFocus } from '../../ui/use-roving-virtual-focus'
import { GridHeader } from './GridHeader'
import { ImageGridRow } from './ImageGridRow'
import type { ImageRow } from './image-rows'
import { isSelected, type Selection } from './image-selection'
import type { SortKey, SortState } from './image-sort'
import './images-grid.css'

/** Must match --row-height in images-grid.css: the virtualiser places rows by this number. */
const ROW_HEIGHT = 34

interface ImagesGridProps {
  rows: readonly ImageRow[]
  sort: SortState
  onSort: (key: SortKey) => void
  onOpen: (id: string) => void
  /** Images picked for a comparison: Space, Ctrl+click or the checkbox toggles one, Shift adds a range. */
  selection: Selection
  onToggle: (id: string) => void
  onSelectRange: (id: string) => void
  /** The image the user came back from: its row is scrolled to and focused once. */
  returnToId: string | null
  /** Changes when the user re-sorts or re-filters: the list then starts again from the top. */
  orderKey: string
}

/**
 * The image list as an ARIA grid. Only the visible rows exist in the DOM; the active row (the one
 * tab stop, "roving tabindex") is always rendered as well, so focus never lands on a removed node.
 */
export function ImagesGrid(props: ImagesGridProps) {
  const { rows, sort, onSort, onOpen, selection, onToggle, onSelectRange, returnToId, orderKey } = props
  const { scrollRef, virtualizer, activeIndex, onKeyDown, onFocusRow } = useRovingVirtualFocus({
    rows,
    rowHeight: ROW_HEIGHT,
    rowAttribute: 'data-row-id',
    rowRole: 'row',
    returnToId,
    orderKey,
    onKey: (key, { activeIndex: index, pageSize, moveTo, shiftKey }) => {
      const moves: Record<string, number> = {
        ArrowDown: index + 1,
        ArrowUp: index - 1,
        PageDown: index + pageSize,
        PageUp: index - pageSize,
        Home: 0,
        End: rows.length - 1,
      }
      const next = moves[key]
      const row = rows[index]
      if (next !== undefined) moveTo(next)
      else if (key === 'Enter' && row) onOpen(row.id)
      else if (key === ' ' && row) (shiftKey ? onSelectRange : onToggle)(row.id)
      else return false
      return true
    },
  })

  return (
    <div role="grid" aria-label="Images" aria-rowcount={rows.length + 1} aria-colcount={7} aria-multiselectable="true" className="card list-frame images-grid">
      <GridHeader sort={sort} onSort={onSort} />
      <div role="rowgroup" ref={scrollRef} className="grid-body" onKeyDown={onKeyDown}>
        <div className="grid-body-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <ImageGridRow
                key={row.id}
                row={row}
                index={item.index}
                isActive={item.index === activeIndex}
                isSelected={isSelected(selection, row.id)}
                offset={item.start}
                onOpen={onOpen}
                onToggle={onToggle}
                onSelectRange={onSelectRange}
                onFocusRow={onFocusRow}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
