import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react'
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { LineageTreeItem } from './LineageTreeItem'
import type { TreeRow } from './lineage-tree'
import { treeKeyAction } from './tree-keys'

/** Must match --tree-row-height in lineage.css: the virtualiser places rows by this number. */
const ROW_HEIGHT = 32
const estimateSize = (): number => ROW_HEIGHT

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
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    overscan: 10,
    rangeExtractor,
    useFlushSync: false,
  })

  const moveTo = useCallback(
    (index: number) => {
      const target = rows[index]
      if (!target) return
      focusPending.current = true
      setActiveId(target.id)
      virtualizer.scrollToIndex(index, { align: 'auto' })
    },
    [rows, virtualizer],
  )

  useLayoutEffect(() => {
    // Only a return from an image page (focus lost with the page) moves focus into the tree.
    const lost = document.activeElement === null || document.activeElement === document.body
    if (!lost) focusPending.current = false
  }, [])

  useLayoutEffect(() => {
    if (!focusPending.current) return
    const target = rows[activeIndex]
    const element = target && scrollRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(target.id)}"]`)
    if (element) {
      focusPending.current = false
      element.focus({ preventScroll: true })
    }
  })

  useEffect(() => {
    if (returnToId === null) return
    const index = rows.findIndex((row) => row.id === returnToId)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'center' })
  }, [])

  const shownOrder = useRef(orderKey)
  useEffect(() => {
    if (shownOrder.current === orderKey) return
    shownOrder.current = orderKey
    setActiveId(null)
    virtualizer.scrollToOffset(0)
  }, [orderKey, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLElement && event.target.getAttribute('role') !== 'treeitem') return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1)
    const action = treeKeyAction(rows, activeIndex, event.key, page)
    if (!action) return
    event.preventDefault()
    if (action.type === 'move') moveTo(action.index)
    else if (action.type === 'open') onOpen(action.id)
    else onToggle(action.id, action.type === 'expand')
  }

  const onFocusItem = useCallback((id: string) => setActiveId(id), [])

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
              onFocusItem={onFocusItem}
            />
          )
        })}
      </div>
    </div>
  )
}
