import { memo } from 'react'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatAge } from '../../../../shared/lib/time'
import { Badge } from '../../ui/Badge'
import type { ImageRow } from './image-rows'
import { NONE } from './image-rows'
import { formatDateTime, formatExactBytes } from '../../ui/format'

interface ImageGridRowProps {
  row: ImageRow
  index: number
  isActive: boolean
  /** Pixels from the top of the list body (rows are absolutely placed by the virtualiser). */
  offset: number
  onOpen: (id: string) => void
  onFocusRow: (id: string) => void
}

/** One image; memoised because 2,000 of them re-render on every scroll frame otherwise. */
export const ImageGridRow = memo(function ImageGridRow({ row, index, isActive, offset, onOpen, onFocusRow }: ImageGridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row-id={row.id}
      tabIndex={isActive ? 0 : -1}
      className={`grid-row grid-row--body${row.isDangling ? ' is-dangling' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      onClick={() => onOpen(row.id)}
      onFocus={() => onFocusRow(row.id)}
    >
      <div role="gridcell" className="grid-cell cell-repo" title={row.repository}>
        <span className={row.repository === NONE ? 'none-text' : undefined}>{row.repository}</span>
      </div>
      <div role="gridcell" className="grid-cell cell-tags" title={row.tags.map((tag) => tag.reference).join('\n') || undefined}>
        {row.isUntagged ? <span className="none-text">{NONE}</span> : null}
        {row.tags.map((tag) => (
          <span key={tag.reference} className="chip">
            {tag.label}
          </span>
        ))}
        {row.isDangling ? (
          <Badge tone="warning" title="No tag and no digest names this image any more">
            dangling
          </Badge>
        ) : null}
      </div>
      <div role="gridcell" className="grid-cell mono" title={row.id}>
        {row.shortId}
      </div>
      <div role="gridcell" className="grid-cell" title={formatDateTime(row.createdAt)}>
        {formatAge(row.createdAt)}
      </div>
      <div role="gridcell" className="grid-cell num" title={formatExactBytes(row.sizeBytes)}>
        {formatBytes(row.sizeBytes)}
      </div>
      <div role="gridcell" className="grid-cell num">
        {row.layerCount}
      </div>
    </div>
  )
})
