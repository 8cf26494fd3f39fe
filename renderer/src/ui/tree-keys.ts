/** What a row of a flattened tree must say for the tree's keys to move through it. */
export interface TreeKeyRow {
  id: string
  parentId: string | null
  hasChildren: boolean
  isExpanded: boolean
}

export type TreeMove = { type: 'move'; index: number } | { type: 'expand'; id: string } | { type: 'collapse'; id: string }

/**
 * The WAI-ARIA tree pattern's movement keys, shared by every tree view: Up/Down move, Right
 * expands or enters the first child, Left collapses or goes to the parent, Home/End and
 * PageUp/PageDown jump. Enter and Space differ by view, so each view adds its own. null: not ours.
 */
export function treeMove(rows: readonly TreeKeyRow[], index: number, key: string, pageSize = 10): TreeMove | null {
  const row = rows[index]
  if (!row) return null
  const last = rows.length - 1
  const move = (target: number): TreeMove => ({ type: 'move', index: Math.max(0, Math.min(last, target)) })
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
    default:
      return null
  }
}
