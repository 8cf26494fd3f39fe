import { useId, useMemo, useRef, useState } from 'react'
import type { ImageList } from '../../../../shared/model'
import { useQuery } from '../../api/use-query'
import { navigate } from '../../app/use-route'
import { imageHref } from '../../app/routes'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { PageHeading } from '../../ui/PageHeading'
import { useDocumentTitle } from '../../app/use-document-title'
import { EnginePanel } from '../engine/EnginePanel'
import { DiskUse } from './DiskUse'
import { ImagesGrid } from './ImagesGrid'
import { filterRows, toImageRow } from './image-rows'
import { nextSort, sortRows } from './image-sort'
import { imageCountText, type ListView } from './list-view'
import './images-page.css'

interface ImagesPageProps {
  view: ListView
  onViewChange: (view: ListView) => void
}

export function ImagesPage({ view, onViewChange }: ImagesPageProps) {
  useDocumentTitle('Images')
  const engine = useQuery('engine.status', {})
  const images = useQuery('images.list', {})
  // With no engine there is no list to show: the panel that says why takes its place.
  const unreachable = engine.data?.state === 'unreachable'
  // Read once per visit: the row to return to is the one opened before this page was shown.
  const [returnToId] = useState(view.lastOpenedId)

  return (
    <div className="page page--fill images-page">
      <PageHeading takeFocus={unreachable || returnToId === null}>Images</PageHeading>
      {unreachable ? (
        <EnginePanel />
      ) : images.data ? (
        <ImageListView list={images.data} view={view} onViewChange={onViewChange} returnToId={returnToId} />
      ) : images.status === 'error' ? (
        <ErrorState title="The image list could not be read" error={images.error}>
          <button type="button" className="btn" onClick={() => void images.refetch()}>
            Try again
          </button>
        </ErrorState>
      ) : (
        <LoadingState label="Loading images…" />
      )}
    </div>
  )
}

interface ImageListViewProps {
  list: ImageList
  view: ListView
  onViewChange: (view: ListView) => void
  returnToId: string | null
}

function ImageListView({ list, view, onViewChange, returnToId }: ImageListViewProps) {
  const filterId = useId()
  const filterRef = useRef<HTMLInputElement>(null)
  const allRows = useMemo(() => list.images.map(toImageRow), [list])
  const sorted = useMemo(() => sortRows(allRows, view.sort), [allRows, view.sort])
  const rows = useMemo(() => filterRows(sorted, view.filter), [sorted, view.filter])
  const open = (id: string) => {
    onViewChange({ ...view, lastOpenedId: id })
    navigate(imageHref(id))
  }

  return (
    <>
      <div className="list-toolbar">
        <label htmlFor={filterId} className="visually-hidden">
          Filter images
        </label>
        <input
          id={filterId}
          ref={filterRef}
          type="search"
          className="search-input"
          placeholder="Filter by repository, tag or ID"
          value={view.filter}
          onChange={(event) => onViewChange({ ...view, filter: event.target.value })}
          spellCheck={false}
          autoComplete="off"
        />
        <p className="list-count" aria-live="polite">
          {imageCountText(rows.length, allRows.length)}
        </p>
        <DiskUse list={list} />
      </div>
      {allRows.length === 0 ? (
        <EmptyState title="No images yet">
          <p className="state-body">Build, pull or load an image and it appears here by itself.</p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <EmptyState title={`No images match “${view.filter.trim()}”`}>
          <button type="button" className="btn" onClick={() => {
              onViewChange({ ...view, filter: '' })
              filterRef.current?.focus()
            }}>
            Show all images
          </button>
        </EmptyState>
      ) : (
        <ImagesGrid
          rows={rows}
          sort={view.sort}
          onSort={(key) => onViewChange({ ...view, sort: nextSort(view.sort, key) })}
          onOpen={open}
          returnToId={returnToId}
          orderKey={`${view.sort.key} ${view.sort.direction} ${view.filter}`}
        />
      )}
    </>
  )
}
