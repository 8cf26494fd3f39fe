import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { GridHeader } from './GridHeader'
import { ImageGridRow } from './ImageGridRow'
import type { ImageRow } from './image-rows'
import type { SortKey, SortState } from './image-sort'
import './images-grid.css'

/** Must match --row-height in images-grid.css: the virtualiser places rows by this number. */
const ROW_HEIGHT = 34
const estimateSize = (): number => ROW_HEIGHT

interface ImagesGridProps {
  rows: readonly ImageRow[]
  sort: SortState
  onSort: (key: SortKey) => void
  onOpen: (id: string) => void
  /** The image the user came back from: its row is scrolled to and focused once. */
  returnToId: string | null
  /** Changes when the user re-sorts or re-filters: the list then starts again from the top. */
  orderKey: string
}

/**
 * The image list as an ARIA grid. Only the visible rows exist in the DOM; the active row (the one
 * tab stop, "roving tabindex") is always rendered as well, so focus never lands on a removed node.
 */
export function ImagesGrid({ rows, sort, onSort, onOpen, returnToId, orderKey }: ImagesGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeId, setActiveId] = useState<string | null>(returnToId)
  const focusPending = useRef(returnToId !== null)
  const found = rows.findIndex((row) => row.id === activeId)
  const activeIndex = found >= 0 ? found : 0

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (rows.length === 0 || indexes.includes(activeIndex)) return indexes
      return [...indexes, activeIndex].sort((a, b) => a - b)
    },
    [activeIndex, rows.length],
  )

  // Stable per list: a new key function makes the virtualiser re-measure all 2,000 rows.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 10,
    rangeExtractor,
    // React 19 warns about flushSync inside lifecycles; fixed row heights do not need it.
    useFlushSync: false,
  })

  const moveTo = useCallback(
    (index: number) => {
      const target = rows[Math.max(0, Math.min(rows.length - 1, index))]
      if (!target) return
      focusPending.current = true
      setActiveId(target.id)
      virtualizer.scrollToIndex(rows.indexOf(target), { align: 'auto' })
    },
    [rows, virtualizer],
  )

  useLayoutEffect(() => {
    // Coming back from an image page, focus is lost (the page that had it is gone). Any other time
    // the grid mounts (a filter that matched nothing is cleared, say) the user is busy elsewhere.
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!lost) focusPending.current = false
  }, [])

  // Runs after the render that mounted the target row (the range extractor guarantees it exists).
  useLayoutEffect(() => {
    if (!focusPending.current) return
    const target = rows[activeIndex]
    const element = target && scrollRef.current?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(target.id)}"]`)
    if (element) {
      focusPending.current = false
      element.focus({ preventScroll: true })
    }
  })

  // Only on arrival: later list updates must not yank the scroll position back.
  useEffect(() => {
    if (returnToId === null) return
    const index = rows.findIndex((row) => row.id === returnToId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' })
  }, [])

  // A new order or filter is a new list, read from the top; an event refreshing the same list
  // keeps the place.
  const shownOrder = useRef(orderKey)
  useEffect(() => {
    if (shownOrder.current === orderKey) return
    shownOrder.current = orderKey
    setActiveId(null)
    virtualizer.scrollToOffset(0)
  }, [orderKey, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.getAttribute('role') !== 'row') return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1)
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: rows.length - 1,
    }
    const next = moves[event.key]
    if (next !== undefined) {
      event.preventDefault()
      moveTo(next)
    } else if (event.key === 'Enter' && rows[activeIndex]) {
      event.preventDefault()
      onOpen(rows[activeIndex].id)
    }
  }

  const onFocusRow = useCallback((id: string) => setActiveId(id), [])

  return (
    <div role="grid" aria-label="Images" aria-rowcount={rows.length + 1} aria-colcount={6} className="images-grid">
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
                offset={item.start}
                onOpen={onOpen}
                onFocusRow={onFocusRow}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
