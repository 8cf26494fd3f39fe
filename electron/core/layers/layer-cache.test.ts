import { describe, expect, it } from 'vitest'
import { openCacheStore } from '../cache'
import { tempDir, testOptions } from '../cache/test-support'
import { hasAllLayerEntries, readLayerEntries, readScan, scanEntries } from './layer-cache'
import { listTrie, replayEntries } from './replay'
import { scanExport } from './scan-export'
import { bytesOf, chunked, exportBytes, tarBytes } from './test-support'

async function scanned() {
  const layers = await Promise.all([
    tarBytes([{ name: 'etc/', type: 'directory' }, { name: 'etc/a.conf', content: bytesOf(100) }, { name: 'etc/b.conf', content: bytesOf(200) }]),
    tarBytes([{ name: 'etc/', type: 'directory' }, { name: 'etc/.wh.b.conf', content: '' }, { name: 'etc/c', type: 'symlink', linkname: 'a.conf' }]),
  ])
  const { bytes } = await exportBytes({ layout: 'legacy', layers })
  return scanExport(chunked(bytes))
}

describe('the scan in the SQLite cache', () => {
  it('stores each layer apart and rebuilds the filesystem up to a layer from them', async () => {
    const { scan, layerEntries } = await scanned()
    const cache = openCacheStore(testOptions(tempDir()).options)
    try {
      cache.putMany(scanEntries(scan, layerEntries))
      expect(readScan(cache, scan.imageId)).toEqual(scan)
      expect(hasAllLayerEntries(cache, scan)).toBe(true)
      expect(readLayerEntries(cache, scan.imageId, 1)).toEqual(layerEntries[1])
      const upToTop = listTrie(replayEntries([0, 1].map((index) => readLayerEntries(cache, scan.imageId, index) ?? [])))
      expect(upToTop.map((entry) => [entry.path, entry.kind, entry.sizeBytes, entry.change, entry.linkTarget])).toEqual([
        ['etc', 'directory', 0, null, null],
        ['etc/a.conf', 'file', 100, null, null],
        ['etc/c', 'symlink', 0, null, 'a.conf'],
      ])
    } finally {
      cache.close()
    }
  })

  it('knows nothing of an image never scanned', () => {
    const cache = openCacheStore(testOptions(tempDir()).options)
    try {
      expect(readScan(cache, 'sha256:none')).toBeNull()
      expect(readLayerEntries(cache, 'sha256:none', 0)).toBeNull()
    } finally {
      cache.close()
    }
  })
})
