import { treeMove } from '../../ui/tree-keys'
import type { FileRow } from './file-tree-rows'

export type FileTreeAction = { type: 'move'; index: number } | { type: 'toggle'; id: string; expand: boolean }

/** The tree's movement keys (ui/tree-keys); Enter and Space fold or unfold a folder. null: not ours. */
export function fileTreeKeyAction(rows: readonly FileRow[], index: number, key: string, pageSize = 10): FileTreeAction | null {
  const row = rows[index]
  if (!row) return null
  if (key === 'Enter' || key === ' ') return row.hasChildren ? { type: 'toggle', id: row.id, expand: !row.isExpanded } : null
  const action = treeMove(rows, index, key, pageSize)
  if (action === null || action.type === 'move') return action
  return { type: 'toggle', id: action.id, expand: action.type === 'expand' }
}
