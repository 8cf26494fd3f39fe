import { memo, type CSSProperties, type MouseEvent } from 'react'
import { formatBytes, shortId } from '../../../../shared/lib/bytes'
import { Badge } from '../../ui/Badge'
import { formatExactBytes } from '../../ui/format'
import type { TreeRow } from './lineage-tree'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

interface LineageTreeItemProps {
  row: TreeRow
  isActive: boolean
  /** Pixels from the top of the tree body (rows are absolutely placed by the virtualiser). */
  offset: number
  onOpen: (id: string) => void
  onToggle: (id: string, expand: boolean) => void
  onFocusItem: (id: string) => void
}

/** One image of the lineage; memoised because hundreds re-render on every scroll frame otherwise. */
export const LineageTreeItem = memo(function LineageTreeItem(props: LineageTreeItemProps) {
  const { row, isActive, offset, onOpen, onToggle, onFocusItem } = props
  const { node } = row
  const first = node.tags[0]
  const more = node.tags.length - 1
  const toggle = (event: MouseEvent) => {
    // The chevron folds without opening the image; the keyboard uses Left and Right instead.
    event.stopPropagation()
    onToggle(row.id, !row.isExpanded)
  }
  return (
    <div
      role="treeitem"
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.hasChildren ? row.isExpanded : undefined}
      data-node-id={row.id}
      tabIndex={isActive ? 0 : -1}
      className={`tree-item${row.isContext ? ' is-context' : ''}${node.isDangling ? ' is-dangling' : ''}`}
      style={{ transform: `translateY(${offset}px)`, '--level': row.level } as CSSProperties}
      onClick={() => onOpen(row.id)}
      onFocus={() => onFocusItem(row.id)}
    >
      <span className="tree-name">
        <span className={`tree-toggle${row.hasChildren ? '' : ' is-leaf'}`} aria-hidden="true" onClick={row.hasChildren ? toggle : undefined}>
          {row.hasChildren ? (row.isExpanded ? '▾' : '▸') : ''}
        </span>
        {first ? (
          <span className="tree-label" title={node.imageId}>
            {escapeForDisplay(first, { maxLength: 300 })}
          </span>
        ) : (
          <span className="tree-label mono" title={node.imageId}>
            {shortId(node.imageId)}
          </span>
        )}
        {node.isDangling ? (
          <Badge tone="warning" title="No tag and no digest names this image any more">
            dangling
          </Badge>
        ) : node.isUntagged ? (
          <Badge tone="muted" title="No tag names this image">
            untagged
          </Badge>
        ) : null}
        {more > 0 ? (
          <span className="tree-more" title={node.tags.slice(1, 50).map((tag) => escapeForDisplay(tag, { maxLength: 300 })).join('\n')}>
            +{more} {more === 1 ? 'tag' : 'tags'}
          </span>
        ) : null}
      </span>
      <span className="tree-size num" title={formatExactBytes(node.sizeBytes)}>
        <span className="visually-hidden">, size </span>
        {formatBytes(node.sizeBytes)}
      </span>
      <span className="tree-size tree-own num" title={`${formatExactBytes(node.ownSizeBytes)} added on top of its parent`}>
        <span className="visually-hidden">, own </span>
        {formatBytes(node.ownSizeBytes)}
      </span>
    </div>
  )
})
