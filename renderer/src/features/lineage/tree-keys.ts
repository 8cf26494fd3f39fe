import type { TreeRow } from './lineage-tree'

export type TreeAction =
  | { type: 'move'; index: number }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'open'; id: string }

/**
 * The WAI-ARIA tree pattern's keys: Up/Down move, Right expands or enters the first child, Left
 * collapses or goes to the parent, Home/End jump, Enter opens the image. null: not a tree key.
 */
export function treeKeyAction(rows: readonly TreeRow[], index: number, key: string, pageSize = 10): TreeAction | null {
  const row = rows[index]
  if (!row) return null
  const last = rows.length - 1
  const move = (target: number): TreeAction => ({ type: 'move', index: Math.max(0, Math.min(last, target)) })
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
      return move(last)
    case 'ArrowRight':
      if (!row.hasChildren) return null
      return row.isExpanded ? move(index + 1) : { type: 'expand', id: row.id }
    case 'ArrowLeft': {
      if (row.isExpanded) return { type: 'collapse', id: row.id }
      const parent = row.parentId === null ? -1 : rows.findIndex((candidate) => candidate.id === row.parentId)
      return parent >= 0 ? move(parent) : null
    }
    case 'Enter':
      return { type: 'open', id: row.id }
    default:
      return null
  }
}
