import { useRovingVirtualFocus } from '../../ui/use-roving-virtual-focus'
import { LineageTreeItem } from './LineageTreeItem'
import type { TreeRow } from './lineage-tree'
import { treeKeyAction } from './tree-keys'

/** Must match --tree-row-height in lineage.css: the virtualiser places rows by this number. */
const ROW_HEIGHT = 32

interface LineageTreeProps {
  rows: readonly TreeRow[]
  onOpen: (id: string) => void
  onToggle: (id: string, expand: boolean) => void
  /** The image the user came back from: its row is scrolled to and focused once. */
  returnToId: string | null
  /** Changes when the filter changes: the tree then starts again from the top. */
  orderKey: string
}

/**
 * The forest as an ARIA tree, flattened: only expanded rows exist, and of those only the visible
 * ones are in the DOM, each with aria-level, -posinset and -setsize. The active row (the one tab
 * stop) is always rendered, so focus never lands on a removed node.
 */
export function LineageTree({ rows, onOpen, onToggle, returnToId, orderKey }: LineageTreeProps) {
  const { scrollRef, virtualizer, activeIndex, onKeyDown, onFocusRow } = useRovingVirtualFocus({
    rows,
    rowHeight: ROW_HEIGHT,
    rowAttribute: 'data-node-id',
    rowRole: 'treeitem',
    returnToId,
    orderKey,
    onKey: (key, { activeIndex: index, pageSize, moveTo }) => {
      const action = treeKeyAction(rows, index, key, pageSize)
      if (!action) return false
      if (action.type === 'move') moveTo(action.index)
      else if (action.type === 'open') onOpen(action.id)
      else onToggle(action.id, action.type === 'expand')
      return true
    },
  })

  return (
    <div role="tree" aria-label="Image lineage" ref={scrollRef} className="lineage-tree" onKeyDown={onKeyDown}>
      <div className="tree-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]
          if (!row) return null
          return (
            <LineageTreeItem
              key={row.id}
              row={row}
              isActive={item.index === activeIndex}
              offset={item.start}
              onOpen={onOpen}
              onToggle={onToggle}
              onFocusItem={onFocusRow}
            />
          )
        })}
      </div>
    </div>
  )
}
