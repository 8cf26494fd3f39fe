import type { FileRow } from './file-tree-rows'

export type FileTreeAction = { type: 'move'; index: number } | { type: 'toggle'; id: string; expand: boolean }

/**
 * The WAI-ARIA tree pattern's keys: Up/Down move, Right unfolds or enters the first child, Left
 * folds or goes to the parent, Home/End jump, Enter and Space fold or unfold. null: not ours.
 */
export function fileTreeKeyAction(rows: readonly FileRow[], index: number, key: string, pageSize = 10): FileTreeAction | null {
  const row = rows[index]
  if (!row) return null
  const move = (target: number): FileTreeAction => ({ type: 'move', index: Math.max(0, Math.min(rows.length - 1, target)) })
  switch (key) {
    case 'ArrowDown':
      return move(index + 1)
    case 'ArrowUp':
      return move(index - 1)
    case 'PageDown':
      return move(index + pageSize)
    case 'PageUp':
      return move(index - pageSize)
    case 'Home':
      return move(0)
    case 'End':
      return move(rows.length - 1)
    case 'ArrowRight':
      if (!row.hasChildren) return null
      return row.isExpanded ? move(index + 1) : { type: 'toggle', id: row.id, expand: true }
    case 'ArrowLeft': {
      if (row.isExpanded) return { type: 'toggle', id: row.id, expand: false }
      const parent = row.parentId === null ? -1 : rows.findIndex((candidate) => candidate.id === row.parentId)
      return parent >= 0 ? move(parent) : null
    }
    case 'Enter':
    case ' ':
      return row.hasChildren ? { type: 'toggle', id: row.id, expand: !row.isExpanded } : null
    default:
      return null
  }
}
