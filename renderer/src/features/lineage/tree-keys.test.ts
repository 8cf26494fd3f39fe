import { describe, expect, it } from 'vitest'
import type { LineageNode } from '../../../../shared/model'
import { visibleRows } from './lineage-tree'
import { treeKeyAction } from './tree-keys'

function node(imageId: string, children: LineageNode[] = []): LineageNode {
  return { imageId, tags: [], isDangling: false, isUntagged: true, sizeBytes: 0, ownSizeBytes: 0, layerCount: 1, children }
}

const forest = [node('root', [node('child', [node('grandchild')])]), node('other')]
const expanded = visibleRows(forest, new Set(), null)

describe('tree keys', () => {
  it('moves up and down, clamped, and jumps with Home and End', () => {
    expect(treeKeyAction(expanded, 0, 'ArrowDown')).toEqual({ type: 'move', index: 1 })
    expect(treeKeyAction(expanded, 0, 'ArrowUp')).toEqual({ type: 'move', index: 0 })
    expect(treeKeyAction(expanded, 1, 'End')).toEqual({ type: 'move', index: 3 })
    expect(treeKeyAction(expanded, 3, 'Home')).toEqual({ type: 'move', index: 0 })
  })

  it('Right expands a collapsed image, then enters its first child; does nothing on a leaf', () => {
    const collapsed = visibleRows(forest, new Set(['root']), null)
    expect(treeKeyAction(collapsed, 0, 'ArrowRight')).toEqual({ type: 'expand', id: 'root' })
    expect(treeKeyAction(expanded, 0, 'ArrowRight')).toEqual({ type: 'move', index: 1 })
    expect(treeKeyAction(expanded, 2, 'ArrowRight')).toBeNull()
  })

  it('Left collapses an expanded image, else goes to its parent', () => {
    expect(treeKeyAction(expanded, 1, 'ArrowLeft')).toEqual({ type: 'collapse', id: 'child' })
    expect(treeKeyAction(expanded, 2, 'ArrowLeft')).toEqual({ type: 'move', index: 1 })
    expect(treeKeyAction(expanded, 3, 'ArrowLeft')).toBeNull()
  })

  it('Enter opens the image; other keys are not the tree’s', () => {
    expect(treeKeyAction(expanded, 2, 'Enter')).toEqual({ type: 'open', id: 'grandchild' })
    expect(treeKeyAction(expanded, 2, 'a')).toBeNull()
  })
})
