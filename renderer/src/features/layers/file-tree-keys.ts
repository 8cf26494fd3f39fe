import { treeMove } from '../../ui/tree-keys'
import type { FileRow } from './file-tree-rows'

export type FileTreeAction = { type: 'move'; index: number } | { type: 'toggle'; id: string; expand: boolean } | { type: 'open'; id: string }

/** The tree's movement keys (ui/tree-keys); Enter and Space fold or unfold a folder, or open a file. null: not ours. */
export function fileTreeKeyAction(rows: readonly FileRow[], index: number, key: string, pageSize = 10): FileTreeAction | null {
  const row = rows[index]
  if (!row) return null
  if (key === 'Enter' || key === ' ') {
    if (row.hasChildren) return { type: 'toggle', id: row.id, expand: !row.isExpanded }
    return isOpenable(row) ? { type: 'open', id: row.id } : null
  }
  const action = treeMove(rows, index, key, pageSize)
  if (action === null || action.type === 'move') return action
  return { type: 'toggle', id: action.id, expand: action.type === 'expand' }
}

/** Files, links and removals open in the viewer; folders only fold. */
export function isOpenable(row: FileRow): boolean {
  return row.node.kind !== 'directory'
}
