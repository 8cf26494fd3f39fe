import type { SortKey } from './image-sort'

export interface Column {
  key: SortKey
  /** The column header's accessible name: e2e locators depend on these exact words. */
  label: string
  numeric: boolean
}

export const COLUMNS: readonly Column[] = [
  { key: 'repository', label: 'Repository', numeric: false },
  { key: 'tag', label: 'Tag', numeric: false },
  { key: 'id', label: 'Image ID', numeric: false },
  { key: 'created', label: 'Created', numeric: false },
  // DESIGN's name for the engine's figure (`docker image ls` SIZE); "content" is the compressed one.
  { key: 'size', label: 'On disk', numeric: true },
  { key: 'layers', label: 'Layers', numeric: true },
]
