import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Lineage } from '../../../../shared/model'
import { useQuery } from '../../api/use-query'
import { imageHref } from '../../app/routes'
import { useDocumentTitle } from '../../app/use-document-title'
import { navigate } from '../../app/use-route'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { EnginePanel } from '../engine/EnginePanel'
import { LineageTree } from './LineageTree'
import { expandForFilter, filterLineage, parentIds, visibleRows } from './lineage-tree'
import { lineageCountText, type LineageView } from './lineage-view'
import './lineage.css'

interface LineagePageProps {
  view: LineageView
  onViewChange: (view: LineageView) => void
}

/** Every local image in a forest by layer-chain prefix: what is built on what. */
export function LineagePage({ view, onViewChange }: LineagePageProps) {
  useDocumentTitle('Lineage')
  const engine = useQuery('engine.status', {})
  const lineage = useQuery('images.lineage', {})
  const unreachable = engine.data?.state === 'unreachable'
  // Read once per visit: the row to return to is the one opened before this page was shown.
  const [returnToId] = useState(view.lastOpenedId)

  return (
    <div className="page page--fill lineage-page">
      <PageHeading takeFocus={unreachable || returnToId === null}>Lineage</PageHeading>
      {unreachable ? (
        <EnginePanel />
      ) : lineage.data ? (
        <LineageContent lineage={lineage.data} view={view} onViewChange={onViewChange} returnToId={returnToId} />
      ) : lineage.status === 'error' ? (
        <ErrorState title="The lineage could not be worked out" error={lineage.error}>
          <button type="button" className="btn" onClick={() => void lineage.refetch()}>
            Try again
          </button>
        </ErrorState>
      ) : (
        <LoadingState label="Working out the lineage…" />
      )}
    </div>
  )
}

interface LineageContentProps {
  lineage: Lineage
  view: LineageView
  onViewChange: (view: LineageView) => void
  returnToId: string | null
}

function LineageContent({ lineage, view, onViewChange, returnToId }: LineageContentProps) {
  const filterId = useId()
  const filterRef = useRef<HTMLInputElement>(null)
  const { roots } = lineage
  const filter = useMemo(() => filterLineage(roots, view.filter), [roots, view.filter])
  const rows = useMemo(() => visibleRows(roots, view.collapsed, filter), [roots, view.collapsed, filter])
  // The latest view for the memoised callbacks the rows hold, without re-rendering every row.
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  })

  const setFilter = (text: string) =>
    onViewChange({ ...view, filter: text, collapsed: expandForFilter(view.collapsed, filterLineage(roots, text)) })
  const onToggle = useCallback(
    (id: string, expand: boolean) => {
      const collapsed = new Set(latest.current.collapsed)
      if (expand) collapsed.delete(id)
      else collapsed.add(id)
      onViewChange({ ...latest.current, collapsed })
    },
    [onViewChange],
  )
  const onOpen = useCallback(
    (id: string) => {
      onViewChange({ ...latest.current, lastOpenedId: id })
      navigate(imageHref(id))
    },
    [onViewChange],
  )

  return (
    <>
      <div className="list-toolbar lineage-toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          Filter lineage
        </label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          className="search-input"
          placeholder="Filter by tag or ID"
          value={view.filter}
          onChange={(event) => setFilter(event.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        <p className="list-count" aria-live="polite">
          {lineageCountText(filter ? filter.matches.size : null, lineage.imageCount)}
        </p>
        <div className="lineage-actions">
          <button type="button" className="btn" onClick={() => onViewChange({ ...view, collapsed: new Set() })}>
            Expand all
          </button>
          <button type="button" className="btn" onClick={() => onViewChange({ ...view, collapsed: parentIds(roots) })}>
            Collapse all
          </button>
        </div>
      </div>
      {roots.length === 0 ? (
        <EmptyState title="No images yet">
          <p className="state-body">Build, pull or load an image and it appears here by itself.</p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={`No images match “${view.filter.trim()}”`}>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setFilter('')
              filterRef.current?.focus()
            }}
          >
            Show all images
          </button>
        </EmptyState>
      ) : (
        <div className="lineage-frame">
          <div className="tree-head" aria-hidden="true">
            <span>Image</span>
            <span className="num">Size</span>
            <span className="num">Own</span>
          </div>
          <LineageTree rows={rows} onOpen={onOpen} onToggle={onToggle} returnToId={returnToId} orderKey={view.filter} />
        </div>
      )}
    </>
  )
}
