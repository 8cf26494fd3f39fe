import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Lineage } from '../../../../shared/model'
import { QueryPage } from '../../app/QueryPage'
import { imageHref } from '../../app/routes'
import { navigate } from '../../app/use-route'
import { FilterField } from '../../ui/FilterField'
import { NoImagesState } from '../../ui/NoImagesState'
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
  return (
    <QueryPage
      title="Lineage"
      className="lineage-page"
      method="images.lineage"
      request={{}}
      errorTitle="The lineage could not be worked out"
      loadingLabel="Working out the lineage…"
      lastOpenedId={view.lastOpenedId}
    >
      {(lineage, returnToId) => <LineageContent lineage={lineage} view={view} onViewChange={onViewChange} returnToId={returnToId} />}
    </QueryPage>
  )
}

interface LineageContentProps {
  lineage: Lineage
  view: LineageView
  onViewChange: (view: LineageView) => void
  returnToId: string | null
}

function LineageContent({ lineage, view, onViewChange, returnToId }: LineageContentProps) {
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
        <FilterField
          ref={filterRef}
          label="Filter lineage"
          placeholder="Filter by tag or ID"
          value={view.filter}
          onChange={setFilter}
          countText={lineageCountText(filter ? filter.matches.size : null, lineage.imageCount)}
        />
        <div className="lineage-actions">
          <button type="button" className="btn" onClick={() => onViewChange({ ...view, collapsed: new Set() })}>
            Expand all
          </button>
          <button type="button" className="btn" onClick={() => onViewChange({ ...view, collapsed: parentIds(roots) })}>
            Collapse all
          </button>
        </div>
      </div>
      {rows.length === 0 ? (
        <NoImagesState
          hasImages={roots.length > 0}
          filter={view.filter}
          onShowAll={() => {
            setFilter('')
            filterRef.current?.focus()
          }}
        />
      ) : (
        <div className="card list-frame lineage-frame">
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
