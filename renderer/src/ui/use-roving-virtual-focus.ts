import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'

/** What a key handler may use: the active row, how many rows a page is, and a way to move. */
export interface RovingKeyContext {
  activeIndex: number
  pageSize: number
  /** Makes the row at this index (clamped to the list) the active one, scrolled to and focused. */
  moveTo: (index: number) => void
  /** Shift was held: Shift+Space extends a selection where the list has one. */
  shiftKey: boolean
}

interface RovingVirtualFocusOptions<Row extends { id: string }> {
  rows: readonly Row[]
  /** Must match the CSS row height: the virtualiser places rows by this number. */
  rowHeight: number
  /** The attribute each row carries its ID in, e.g. `data-row-id`: how the active row is found. */
  rowAttribute: string
  /** The ARIA role of a row: keys pressed on anything else inside (a button, say) are not ours. */
  rowRole: string
  /** The row the user came back from: scrolled to and focused once. */
  returnToId: string | null
  /** Changes when the user re-sorts or re-filters: the list then starts again from the top. */
  orderKey: string
  /** Handles a key pressed on a row; true when it did something, so the browser must not. */
  onKey: (key: string, context: RovingKeyContext) => boolean
}

/**
 * Roving tabindex over a virtualised list: one row is the tab stop (the active row), and it is
 * always rendered besides the visible ones, so focus never lands on a removed node.
 */
export function useRovingVirtualFocus<Row extends { id: string }>(options: RovingVirtualFocusOptions<Row>) {
  const { rows, rowHeight, rowAttribute, rowRole, returnToId, orderKey, onKey } = options
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
  const estimateSize = useCallback(() => rowHeight, [rowHeight])

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
      const clamped = Math.max(0, Math.min(rows.length - 1, index))
      const target = rows[clamped]
      if (!target) return
      focusPending.current = true
      setActiveId(target.id)
      virtualizer.scrollToIndex(clamped, { align: 'auto' })
    },
    [rows, virtualizer],
  )

  useLayoutEffect(() => {
    // Coming back from an image page, focus is lost (the page that had it is gone). Any other time
    // the list mounts (a filter that matched nothing is cleared, say) the user is busy elsewhere.
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!lost) focusPending.current = false
  }, [])

  // Runs after the render that mounted the target row (the range extractor guarantees it exists).
  useLayoutEffect(() => {
    if (!focusPending.current) return
    const target = rows[activeIndex]
    const element = target && scrollRef.current?.querySelector<HTMLElement>(`[${rowAttribute}="${CSS.escape(target.id)}"]`)
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
    if (event.target instanceof HTMLElement && event.target.getAttribute('role') !== rowRole) return
    // A page is what fits in the viewport less one row, so the row moved from stays in sight.
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1)
    if (onKey(event.key, { activeIndex, pageSize, moveTo, shiftKey: event.shiftKey })) event.preventDefault()
  }

  // Stable, so memoised rows do not re-render when it is handed to them.
  const onFocusRow = useCallback((id: string) => setActiveId(id), [])

  return { scrollRef, virtualizer, activeIndex, onKeyDown, onFocusRow }
}
