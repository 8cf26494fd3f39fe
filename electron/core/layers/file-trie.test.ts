import { describe, expect, it } from 'vitest'
import { FileTrie, type LostCopy } from './file-trie'

const file = (sizeBytes: number) => ({ kind: 'file' as const, sizeBytes, linkTarget: null })
const folder = { kind: 'directory' as const, sizeBytes: 0, linkTarget: null }

describe('FileTrie', () => {
  it('loses a whole folder when a file replaces it, each file once', () => {
    const trie = new FileTrie()
    const lost: LostCopy[] = []
    trie.set('opt/tool/bin', file(10), 0, (copy) => lost.push(copy))
    trie.set('opt/tool/lib', file(20), 0, (copy) => lost.push(copy))
    trie.set('opt/tool', file(1), 1, (copy) => lost.push(copy))
    expect(lost).toEqual([
      { path: 'opt/tool/bin', layerIndex: 0, sizeBytes: 10, reason: 'overwritten', byLayerIndex: 1 },
      { path: 'opt/tool/lib', layerIndex: 0, sizeBytes: 20, reason: 'overwritten', byLayerIndex: 1 },
    ])
    expect(trie.find('opt/tool')?.kind).toBe('file')
  })

  it('keeps a folder\'s content when a later layer lists the folder again', () => {
    const trie = new FileTrie()
    trie.set('srv/a', file(5), 0, null)
    trie.set('srv', folder, 1, null)
    expect(trie.find('srv/a')?.sizeBytes).toBe(5)
    expect(trie.find('srv')?.layerIndex).toBe(1)
  })

  it('turns a file into a folder when a later entry needs it as one', () => {
    const trie = new FileTrie()
    const lost: LostCopy[] = []
    trie.set('x', file(7), 0, (copy) => lost.push(copy))
    trie.set('x/y', file(1), 1, (copy) => lost.push(copy))
    expect(lost).toEqual([{ path: 'x', layerIndex: 0, sizeBytes: 7, reason: 'overwritten', byLayerIndex: 1 }])
    expect(trie.find('x')?.kind).toBe('directory')
  })

  it('removes nothing for a whiteout of a path that is not there', () => {
    const trie = new FileTrie()
    expect(trie.remove('missing/file', 0, null)).toBeNull()
  })
})
