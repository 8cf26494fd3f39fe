import { describe, expect, it } from 'vitest'
import type { FileEntry } from '../../../../shared/model'
import { buildFileTree } from './file-tree'
import { fileTreeKeyAction } from './file-tree-keys'
import { visibleFileRows } from './file-tree-rows'

const file = (path: string, sizeBytes: number): FileEntry => ({ path, kind: 'file', sizeBytes, change: null, linkTarget: null })
const tree = buildFileTree([file('usr/bin/a', 2), file('usr/lib/b', 1), file('etc', 0)])

describe('file tree keys', () => {
  const folded = visibleFileRows(tree, new Set(), 'name', null)
  const open = visibleFileRows(tree, new Set(['usr']), 'name', null)

  it('unfolds with Right, Enter or Space, and folds with Left, Enter or Space', () => {
    const usr = folded.findIndex((row) => row.id === 'usr')
    expect(fileTreeKeyAction(folded, usr, 'ArrowRight')).toEqual({ type: 'toggle', id: 'usr', expand: true })
    expect(fileTreeKeyAction(folded, usr, 'Enter')).toEqual({ type: 'toggle', id: 'usr', expand: true })
    const openUsr = open.findIndex((row) => row.id === 'usr')
    expect(fileTreeKeyAction(open, openUsr, ' ')).toEqual({ type: 'toggle', id: 'usr', expand: false })
    expect(fileTreeKeyAction(open, openUsr, 'ArrowLeft')).toEqual({ type: 'toggle', id: 'usr', expand: false })
  })

  it('Right on an open folder enters its first child; Left on a child goes to its parent', () => {
    const usr = open.findIndex((row) => row.id === 'usr')
    expect(fileTreeKeyAction(open, usr, 'ArrowRight')).toEqual({ type: 'move', index: usr + 1 })
    expect(fileTreeKeyAction(open, usr + 1, 'ArrowLeft')).toEqual({ type: 'move', index: usr })
  })

  it('moves within the list and stops at its ends; Enter or Space on a file opens it', () => {
    expect(fileTreeKeyAction(folded, 0, 'ArrowUp')).toEqual({ type: 'move', index: 0 })
    expect(fileTreeKeyAction(folded, 0, 'End')).toEqual({ type: 'move', index: folded.length - 1 })
    expect(folded[0]?.id).toBe('etc')
    expect(fileTreeKeyAction(folded, 0, 'Enter')).toEqual({ type: 'open', id: 'etc' })
    expect(fileTreeKeyAction(folded, 0, ' ')).toEqual({ type: 'open', id: 'etc' })
    expect(fileTreeKeyAction(folded, 0, 'x')).toBeNull()
  })
})
