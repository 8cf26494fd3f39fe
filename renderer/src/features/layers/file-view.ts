import type { FileSort } from './file-tree-rows'

/** How the files of the chosen layer are shown; kept while moving between layers. */
export interface FileView {
  layerIndex: number
  /** 'layer' scope: only what this layer added, modified or removed. */
  changesOnly: boolean
  sort: FileSort
  filter: string
  /** Paths of unfolded folders: paths, not nodes, so they survive a new layer or scope. */
  expanded: ReadonlySet<string>
}

/** The last layer, whole: the filesystem a container of this image starts from. */
export function initialFileView(layerCount: number): FileView {
  return { layerIndex: Math.max(0, layerCount - 1), changesOnly: false, sort: 'size', filter: '', expanded: new Set() }
}
