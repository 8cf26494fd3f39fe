import { useRovingVirtualFocus } from '../../ui/use-roving-virtual-focus'
import { FileTreeItem } from './FileTreeItem'
import type { FileRow } from './file-tree-rows'
import { fileTreeKeyAction } from './file-tree-keys'
import './file-tree.css'

/** Must match --file-row-height in file-tree.css: the virtualiser places rows by this number. */
const ROW_HEIGHT = 28

interface FileTreeProps {
  /** The tree's accessible name: "Filesystem at layer 4", "Changes in layer 4". */
  label: string
  rows: readonly FileRow[]
  /** Changes with the sort, filter, scope or layer: the tree then starts again from the top. */
  orderKey: string
  onToggle: (path: string, expand: boolean) => void
  /** A file, link or removal chosen (Enter, Space or a click): shown in the viewer. */
  onOpen: (path: string) => void
}

/**
 * A layer's files as an ARIA tree, flattened: only unfolded rows exist, and of those only the
 * visible ones are in the DOM, each with aria-level, -posinset and -setsize. The active row (the
 * one tab stop) is always rendered, so focus never lands on a removed node.
 */
export function FileTree({ label, rows, orderKey, onToggle, onOpen }: FileTreeProps) {
  const { scrollRef, virtualizer, activeIndex, onKeyDown, onFocusRow } = useRovingVirtualFocus({
    rows,
    rowHeight: ROW_HEIGHT,
    rowAttribute: 'data-path',
    rowRole: 'treeitem',
    returnToId: null,
    orderKey,
    onKey: (key, { activeIndex: index, pageSize, moveTo }) => {
      const action = fileTreeKeyAction(rows, index, key, pageSize)
      if (!action) return false
      if (action.type === 'move') moveTo(action.index)
      else if (action.type === 'open') onOpen(action.id)
      else onToggle(action.id, action.expand)
      return true
    },
  })

  return (
    <div className="card file-tree-frame">
      <div className="file-tree-head" aria-hidden="true">
        <span>Name</span>
        <span className="num file-size">Size</span>
        <span className="file-change">Change</span>
      </div>
      <div role="tree" aria-label={label} ref={scrollRef} className="file-tree" onKeyDown={onKeyDown}>
        <div className="file-tree-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            if (!row) return null
            return (
              <FileTreeItem
                key={row.id}
                row={row}
                isActive={item.index === activeIndex}
                offset={item.start}
                onToggle={onToggle}
                onOpen={onOpen}
                onFocusItem={onFocusRow}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
