import { describe, expect, it } from 'vitest'
import type { FileEntry } from '../../../shared/model'
import { compareFiles } from './compare-files'

const file = (path: string, sizeBytes: number, mode = 0o644): FileEntry => ({ path, kind: 'file', sizeBytes, change: null, linkTarget: null, mode })
const folder = (path: string): FileEntry => ({ path, kind: 'directory', sizeBytes: 0, change: null, linkTarget: null, mode: 0o755 })
const link = (path: string, target: string): FileEntry => ({ path, kind: 'symlink', sizeBytes: 0, change: null, linkTarget: target, mode: 0o777 })

const full = [folder('usr'), folder('usr/bin'), file('usr/bin/gcc-12', 1_000_000, 0o755), folder('usr/include'), file('usr/include/stdio.h', 30_000),
  file('etc/os-release', 200), file('etc/motd', 10), link('usr/bin/cc', 'gcc-12'), file('usr/bin/sh', 100_000, 0o755)]
const slim = [folder('usr'), folder('usr/bin'), file('etc/os-release', 200), file('etc/motd', 12), file('usr/bin/sh', 100_000, 0o700), file('opt/new', 5)]

describe('compareFiles', () => {
  it('lists what moving to the smaller image loses, largest first, folders only through their files', () => {
    const result = compareFiles({ reference: 'full', imageId: 'a', entries: full }, { reference: 'slim', imageId: 'b', entries: slim })
    expect(result.differences.map((item) => [item.change, item.path, item.reasons])).toEqual([
      ['removed', 'usr/bin/gcc-12', []],
      ['changed', 'usr/bin/sh', ['mode']],
      ['removed', 'usr/include/stdio.h', []],
      ['changed', 'etc/motd', ['size']],
      ['added', 'opt/new', []],
      ['removed', 'usr/bin/cc', []],
    ])
    expect(result.totals).toEqual({ added: 1, removed: 3, changed: 2, addedBytes: 5, removedBytes: 1_030_000, digestCompared: 0 })
    expect(result.folders.map((row) => [row.topFolder, row.removed, row.removedBytes])).toEqual([['usr', 3, 1_030_000], ['opt', 0, 0], ['etc', 0, 0]])
  })

  it('compares the content digest of same-size files where both were read', () => {
    const digests: Record<string, string> = { 'a etc/os-release': 'sha256:1', 'b etc/os-release': 'sha256:2' }
    const result = compareFiles({ reference: 'full', imageId: 'a', entries: full }, { reference: 'slim', imageId: 'b', entries: slim },
      (imageId, path) => digests[`${imageId} ${path}`] ?? null)
    expect(result.differences.find((item) => item.path === 'etc/os-release')?.reasons).toEqual(['content'])
    expect(result.totals.digestCompared).toBe(1)
  })
})
