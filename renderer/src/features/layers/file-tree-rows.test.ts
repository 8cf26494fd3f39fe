import { describe, expect, it } from 'vitest'
import type { FileEntry } from '../../../../shared/model'
import { buildFileTree } from './file-tree'
import { expandForFilter, filterFileTree, visibleFileRows } from './file-tree-rows'

const file = (path: string, sizeBytes: number): FileEntry => ({ path, kind: 'file', sizeBytes, change: null, linkTarget: null })

const tree = buildFileTree([
  file('usr/lib/libc.so', 2_000),
  file('usr/lib/python3/os.py', 30),
  file('usr/bin/python3', 500),
  file('etc/hosts', 10),
  file('lib/ld.so', 200),
  file('big.bin', 5_000),
])
const paths = (rows: { id: string }[]) => rows.map((row) => row.id)

describe('the visible rows of a file tree', () => {
  it('shows the top level only until a folder is unfolded, largest first', () => {
    expect(paths(visibleFileRows(tree, new Set(), 'size', null))).toEqual(['big.bin', 'usr', 'lib', 'etc'])
  })

  it('sorts by name in code-point order when asked', () => {
    expect(paths(visibleFileRows(tree, new Set(), 'name', null))).toEqual(['big.bin', 'etc', 'lib', 'usr'])
  })

  it('lists an unfolded folder’s children under it, one level deeper, with their place in the set', () => {
    const rows = visibleFileRows(tree, new Set(['usr']), 'size', null)
    expect(paths(rows)).toEqual(['big.bin', 'usr', 'usr/lib', 'usr/bin', 'lib', 'etc'])
    expect(rows[2]).toMatchObject({ level: 2, parentId: 'usr', posInSet: 1, setSize: 2, hasChildren: true, isExpanded: false })
    expect(rows[1]).toMatchObject({ isExpanded: true, posInSet: 2, setSize: 4 })
  })

  it('ties on size break by name', () => {
    const even = buildFileTree([file('b', 1), file('a', 1), file('c', 2)])
    expect(paths(visibleFileRows(even, new Set(), 'size', null))).toEqual(['c', 'a', 'b'])
  })
})

describe('filtering a file tree by path', () => {
  it('keeps the matches and the folders on the way to them, and nothing else', () => {
    const filter = filterFileTree(tree, 'python')
    const rows = visibleFileRows(tree, expandForFilter(new Set(), filter), 'name', filter)
    // usr/lib/python3 matches itself, so it stays folded; what is inside is one press away.
    expect(paths(rows)).toEqual(['usr', 'usr/bin', 'usr/bin/python3', 'usr/lib', 'usr/lib/python3'])
    expect(filter?.matchCount).toBe(3)
    const unfolded = visibleFileRows(tree, new Set(['usr', 'usr/lib', 'usr/lib/python3']), 'name', filter)
    expect(paths(unfolded)).toContain('usr/lib/python3/os.py')
    expect(paths(unfolded)).not.toContain('usr/lib/libc.so')
  })

  it('unfolds only the ancestors of a match: a matching folder stays as the user left it', () => {
    const filter = filterFileTree(tree, 'usr/lib')
    expect([...(filter?.ancestors ?? [])]).toEqual(['usr'])
    const rows = visibleFileRows(tree, expandForFilter(new Set(), filter), 'name', filter)
    expect(paths(rows)).toEqual(['usr', 'usr/lib'])
  })

  it('matches "/lib" at any depth and ignores case', () => {
    const filter = filterFileTree(tree, '/LIB')
    const rows = visibleFileRows(tree, new Set(['usr']), 'name', filter)
    expect(paths(rows)).toEqual(['lib', 'usr', 'usr/lib'])
  })

  it('is no filter at all when the text is blank', () => {
    expect(filterFileTree(tree, '   ')).toBeNull()
    expect(expandForFilter(new Set(['x']), null)).toEqual(new Set(['x']))
  })
})
