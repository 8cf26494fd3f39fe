import { describe, expect, it } from 'vitest'
import type { FileEntry } from '../../../../shared/model'
import { buildFileTree, normalisePath, type FileNode } from './file-tree'

const file = (path: string, sizeBytes: number, change: FileEntry['change'] = null): FileEntry =>
  ({ path, kind: 'file', sizeBytes, change, linkTarget: null })
const dir = (path: string, change: FileEntry['change'] = null): FileEntry =>
  ({ path, kind: 'directory', sizeBytes: 0, change, linkTarget: null })

function find(root: FileNode, path: string): FileNode | undefined {
  let node: FileNode | undefined = root
  for (const name of path.split('/')) node = node?.children.find((child) => child.name === name)
  return node
}

describe('building a file tree from flat entries', () => {
  it('adds up folder sizes and file counts from everything below them', () => {
    const { root } = buildFileTree([dir('usr'), dir('usr/bin'), file('usr/bin/a', 100), file('usr/bin/b', 50), file('usr/lib/c', 7), file('etc/x', 3)])
    expect(root.sizeBytes).toBe(160)
    expect(find(root, 'usr')).toMatchObject({ sizeBytes: 157, fileCount: 3, kind: 'directory' })
    expect(find(root, 'usr/bin')).toMatchObject({ sizeBytes: 150, fileCount: 2 })
  })

  it('makes the folders a path implies when the list skips them, and marks them as implied', () => {
    const { root } = buildFileTree([file('srv/app/deep/file.bin', 10)])
    expect(find(root, 'srv/app/deep')).toMatchObject({ kind: 'directory', isListed: false, sizeBytes: 10 })
    expect(find(root, 'srv/app/deep/file.bin')).toMatchObject({ kind: 'file', isListed: true })
  })

  it('takes a folder entry listed after its contents without losing them', () => {
    const { root } = buildFileTree([file('opt/tool/bin', 30), dir('opt/tool', 'added'), dir('opt')])
    expect(find(root, 'opt/tool')).toMatchObject({ change: 'added', isListed: true, sizeBytes: 30, children: [expect.objectContaining({ name: 'bin' })] })
  })

  it('keeps removed entries (whiteouts) visible but counts none of their bytes', () => {
    const { root } = buildFileTree([file('srv/app/one-megabyte.bin', 1_000_000, 'removed'), file('srv/app/kept', 5, 'added'), dir('srv/cache', 'removed')])
    expect(find(root, 'srv/app/one-megabyte.bin')).toMatchObject({ change: 'removed', sizeBytes: 1_000_000 })
    expect(find(root, 'srv/cache')).toMatchObject({ change: 'removed', kind: 'directory' })
    expect(find(root, 'srv')).toMatchObject({ sizeBytes: 5, fileCount: 1 })
  })

  it('keeps link targets and gives hard links no bytes of their own', () => {
    const { root } = buildFileTree([
      { path: 'bin/sh', kind: 'symlink', sizeBytes: 0, change: null, linkTarget: 'busybox' },
      { path: 'bin/ash', kind: 'hardlink', sizeBytes: 0, change: null, linkTarget: 'bin/busybox' },
      file('bin/busybox', 1_000),
    ])
    expect(find(root, 'bin/sh')).toMatchObject({ kind: 'symlink', linkTarget: 'busybox' })
    expect(find(root, 'bin')).toMatchObject({ sizeBytes: 1_000, fileCount: 3 })
  })

  it('reads "./a//b/" and "/a/b" as the path a/b, and the same path twice as its last entry', () => {
    expect(normalisePath('./usr//bin/')).toBe('usr/bin')
    expect(normalisePath('/usr/bin')).toBe('usr/bin')
    const { root, nodes } = buildFileTree([file('/etc/hosts', 10), file('./etc/hosts', 20, 'modified')])
    expect(nodes.map((node) => node.path)).toEqual(['etc', 'etc/hosts'])
    expect(find(root, 'etc/hosts')).toMatchObject({ sizeBytes: 20, change: 'modified' })
  })

  it('builds a 3,000-deep chain without overflowing the stack', () => {
    const path = Array.from({ length: 3_000 }, (_, index) => `d${index}`).join('/')
    const { root, nodes } = buildFileTree([file(`${path}/leaf`, 1)])
    expect(nodes).toHaveLength(3_001)
    expect(root.sizeBytes).toBe(1)
  })
})
