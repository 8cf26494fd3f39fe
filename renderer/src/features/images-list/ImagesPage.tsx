import { useMemo, useRef } from 'react'
import type { ImageList } from '../../../../shared/model'
import { QueryPage } from '../../app/QueryPage'
import { navigate } from '../../app/use-route'
import { compareHref, imageHref } from '../../app/routes'
import { FilterField } from '../../ui/FilterField'
import { NoImagesState } from '../../ui/NoImagesState'
import { CompareSelection } from './CompareSelection'
import { DiskUse } from './DiskUse'
import { SizeNote } from './SizeNote'
import { ImagesGrid } from './ImagesGrid'
import { filterRows, toImageRow } from './image-rows'
import { EMPTY_SELECTION, selectedPresent, selectRange, toggleSelected, type Selection } from './image-selection'
import { nextSort, sortRows } from './image-sort'
import { imageCountText, type ListView } from './list-view'
import './images-page.css'

interface ImagesPageProps {
  view: ListView
  onViewChange: (view: ListView) => void
}

export function ImagesPage({ view, onViewChange }: ImagesPageProps) {
  return (
    <QueryPage
      title="Images"
      className="images-page"
      method="images.list"
      request={{}}
      errorTitle="The image list could not be read"
      loadingLabel="Loading images…"
      lastOpenedId={view.lastOpenedId}
    >
      {(list, returnToId) => <ImageListView list={list} view={view} onViewChange={onViewChange} returnToId={returnToId} />}
    </QueryPage>
  )
}

interface ImageListViewProps {
  list: ImageList
  view: ListView
  onViewChange: (view: ListView) => void
  returnToId: string | null
}

function ImageListView({ list, view, onViewChange, returnToId }: ImageListViewProps) {
  const filterRef = useRef<HTMLInputElement>(null)
  const allRows = useMemo(() => list.images.map((image) => toImageRow(image, list.platformsById[image.id])), [list])
  const sorted = useMemo(() => sortRows(allRows, view.sort), [allRows, view.sort])
  const rows = useMemo(() => filterRows(sorted, view.filter), [sorted, view.filter])
  const existingIds = useMemo(() => new Set(allRows.map((row) => row.id)), [allRows])
  const picked = selectedPresent(view.selection, existingIds)
  const open = (id: string) => {
    onViewChange({ ...view, lastOpenedId: id })
    navigate(imageHref(id))
  }
  const select = (selection: Selection) => onViewChange({ ...view, selection })

  return (
    <>
      <div className="list-toolbar">
        <FilterField
          ref={filterRef}
          label="Filter images"
          placeholder="Filter by repository, tag or ID"
          value={view.filter}
          onChange={(text) => onViewChange({ ...view, filter: text })}
          countText={imageCountText(rows.length, allRows.length)}
        />
        <CompareSelection count={picked.length} onCompare={() => navigate(compareHref(picked))} onClear={() => select(EMPTY_SELECTION)} />
        <DiskUse list={list} />
      </div>
      <SizeNote />
      {rows.length === 0 ? (
        <NoImagesState
          hasImages={allRows.length > 0}
          filter={view.filter}
          onShowAll={() => {
            onViewChange({ ...view, filter: '' })
            filterRef.current?.focus()
          }}
        />
      ) : (
        <ImagesGrid
          rows={rows}
          sort={view.sort}
          onSort={(key) => onViewChange({ ...view, sort: nextSort(view.sort, key) })}
          onOpen={open}
          selection={view.selection}
          onToggle={(id) => select(toggleSelected(view.selection, id))}
          onSelectRange={(id) => select(selectRange(view.selection, rows.map((row) => row.id), id))}
          returnToId={returnToId}
          orderKey={`${view.sort.key} ${view.sort.direction} ${view.filter}`}
        />
      )}
    </>
  )
}
