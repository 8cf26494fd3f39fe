import { treeMove, type TreeMove } from '../../ui/tree-keys'
import type { TreeRow } from './lineage-tree'

export type TreeAction = TreeMove | { type: 'open'; id: string }

/** The tree's movement keys (ui/tree-keys), and Enter opens the image. null: not a tree key. */
export function treeKeyAction(rows: readonly TreeRow[], index: number, key: string, pageSize = 10): TreeAction | null {
  const row = rows[index]
  if (!row) return null
  if (key === 'Enter') return { type: 'open', id: row.id }
  return treeMove(rows, index, key, pageSize)
}
