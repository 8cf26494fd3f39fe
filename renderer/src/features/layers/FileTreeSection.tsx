import type { ImageRequest } from '../../../../shared/contract'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import type { ScannedLayer } from '../../../../shared/model'
import { useQuery } from '../../api/use-query'
import { ErrorState } from '../../ui/ErrorState'
import { FilterField } from '../../ui/FilterField'
import { LoadingState } from '../../ui/LoadingState'
import { FileTree } from './FileTree'
import { FileViewer } from './FileViewer'
import { buildFileTree } from './file-tree'
import { expandForFilter, filterFileTree, visibleFileRows, type FileSort } from './file-tree-rows'
import type { FileView } from './file-view'
import { fileCountText } from './scan-text'

interface FileTreeSectionProps {
  target: ImageRequest
  layer: ScannedLayer
  view: FileView
  onViewChange: (view: FileView) => void
}

/** The chosen layer's files as a tree: the whole filesystem at that layer, or its own changes only. */
export function FileTreeSection({ target, layer, view, onViewChange }: FileTreeSectionProps) {
  const sortId = useId()
  const scope = view.changesOnly ? 'layer' : 'cumulative'
  const files = useQuery('layers.tree', { ...target, layerIndex: layer.index, scope })
  const tree = useMemo(() => buildFileTree(files.data?.entries ?? []), [files.data])
  const filter = useMemo(() => filterFileTree(tree, view.filter), [tree, view.filter])
  const rows = useMemo(() => visibleFileRows(tree, view.expanded, view.sort, filter), [tree, view.expanded, view.sort, filter])
  const [openPath, setOpenPath] = useState<string | null>(null)
  // The latest view for the memoised callbacks the rows hold, without re-rendering every row.
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  })

  const onToggle = useCallback(
    (path: string, expand: boolean) => {
      const expanded = new Set(latest.current.expanded)
      if (expand) expanded.add(path)
      else expanded.delete(path)
      onViewChange({ ...latest.current, expanded })
    },
    [onViewChange],
  )
  const setFilter = (text: string) =>
    onViewChange({ ...view, filter: text, expanded: expandForFilter(view.expanded, filterFileTree(tree, text)) })

  const what = view.changesOnly ? `Changes in layer ${layer.index}` : `Filesystem at layer ${layer.index}`
  return (
    <section className="scan-section file-tree-section" aria-labelledby="scan-files-heading">
      <h2 id="scan-files-heading" className="section-title">
        Files
        <span className="section-note"> · {view.changesOnly ? `what layer ${layer.index} added, modified or removed` : `the whole filesystem as it stands after layer ${layer.index}`}</span>
      </h2>
      <div className="list-toolbar file-toolbar">
        <FilterField
          label="Filter files by path"
          placeholder="Filter by path, e.g. /usr/lib"
          value={view.filter}
          onChange={setFilter}
          countText={files.data ? fileCountText(tree.nodes.length, filter?.matchCount ?? null) : ''}
        />
        {/* Not wrapped in its label: the select's own text would join its name ("Sort by Name"). */}
        <span className="toolbar-field">
          <label htmlFor={sortId}>Sort by</label>
          <select id={sortId} value={view.sort} onChange={(event) => onViewChange({ ...view, sort: event.target.value as FileSort })}>
            <option value="size">Size, largest first</option>
            <option value="name">Name</option>
          </select>
        </span>
        <label className="toolbar-field">
          <input type="checkbox" checked={view.changesOnly} onChange={(event) => onViewChange({ ...view, changesOnly: event.target.checked })} />
          Changes in this layer only
        </label>
      </div>
      {files.status === 'error' ? (
        <ErrorState title="These files could not be read" error={files.error}>
          <button type="button" className="btn" onClick={() => void files.refetch()}>
            Try again
          </button>
        </ErrorState>
      ) : !files.data ? (
        <LoadingState label="Reading the files…" />
      ) : rows.length === 0 ? (
        <p className="file-tree-empty card">
          {filter ? 'No path matches the filter.' : view.changesOnly ? 'This layer changes no files.' : 'No files at this layer.'}
        </p>
      ) : (
        <FileTree label={what} rows={rows} orderKey={`${view.sort} ${view.filter} ${scope} ${layer.index}`} onToggle={onToggle} onOpen={setOpenPath} />
      )}
      {openPath !== null ? (
        <FileViewer
          reference={target.reference}
          layerIndex={layer.index}
          path={openPath}
          onClose={() => {
            const path = openPath
            setOpenPath(null)
            // Back to the row the file was opened from, as a dialog returns focus to its opener.
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[role="treeitem"][data-path="${CSS.escape(path)}"]`)?.focus())
          }}
        />
      ) : null}
    </section>
  )
}
