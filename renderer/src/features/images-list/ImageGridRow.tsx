import { memo, type ChangeEvent, type MouseEvent } from 'react'
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
  /** Picked for a comparison. */
  isSelected: boolean
  /** Pixels from the top of the list body (rows are absolutely placed by the virtualiser). */
  offset: number
  onOpen: (id: string) => void
  onToggle: (id: string) => void
  onSelectRange: (id: string) => void
  onFocusRow: (id: string) => void
}

/** One image; memoised because 2,000 of them re-render on every scroll frame otherwise. */
export const ImageGridRow = memo(function ImageGridRow(props: ImageGridRowProps) {
  const { row, index, isActive, isSelected, offset, onOpen, onToggle, onSelectRange, onFocusRow } = props
  // As in a file manager: a plain click opens, Ctrl (⌘) adds or removes one, Shift adds a range.
  const onClick = (event: MouseEvent) => {
    if (event.ctrlKey || event.metaKey) onToggle(row.id)
    else if (event.shiftKey) onSelectRange(row.id)
    else onOpen(row.id)
  }
  const onCheck = (event: ChangeEvent<HTMLInputElement>) => {
    const shift = event.nativeEvent instanceof globalThis.MouseEvent && event.nativeEvent.shiftKey
    ;(shift ? onSelectRange : onToggle)(row.id)
    // The row stays the place the keyboard works from (arrows, Space), not the checkbox.
    event.currentTarget.closest<HTMLElement>('[role="row"]')?.focus({ preventScroll: true })
  }
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      data-row-id={row.id}
      aria-selected={isSelected}
      tabIndex={isActive ? 0 : -1}
      className={`grid-row grid-row--body${row.isDangling ? ' is-dangling' : ''}${isSelected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${offset}px)` }}
      onClick={onClick}
      onFocus={() => onFocusRow(row.id)}
    >
      {/* Out of the tab order: the row is the one tab stop, and Space on it does the same. The
          whole cell is the checkbox's label, so a click near it picks rather than opens. */}
      <div role="gridcell" className="grid-cell cell-select" onClick={(event) => event.stopPropagation()}>
        <label className="cell-select-hit">
          <input type="checkbox" tabIndex={-1} checked={isSelected} onChange={onCheck} aria-label={`Pick ${rowName(row)} for comparison`} />
        </label>
      </div>
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
        {row.platforms.map((entry) => (
          <span
            key={entry.platform}
            className={`chip chip--platform${entry.isPresent ? '' : ' is-absent'}`}
            title={entry.isPresent ? `Platform ${entry.platform}, on this machine` : `Platform ${entry.platform}: listed by the image's index, not on this machine`}
          >
            {entry.platform}
            {entry.isPresent ? null : <span className="visually-hidden"> (not on this machine)</span>}
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

/** What the checkbox names: the first tag, else the short ID. */
function rowName(row: ImageRow): string {
  return row.tags[0]?.reference ?? row.shortId
}
