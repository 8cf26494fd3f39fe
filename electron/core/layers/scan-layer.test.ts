import { describe, expect, it } from 'vitest'
import { scanLayer } from './scan-layer'
import { bytesOf, chunked, gzipBytes, tarBytes, zstdBytes } from './test-support'

describe('scanLayer', () => {
  it('records files, folders, links and whiteouts of a plain tar', async () => {
    const tar = await tarBytes([
      { name: 'srv/', type: 'directory' },
      { name: 'srv/data.bin', content: bytesOf(1500) },
      { name: 'srv/same.bin', type: 'link', linkname: 'srv/data.bin' },
      { name: 'srv/alias', type: 'symlink', linkname: 'data.bin' },
      { name: 'srv/.wh.old.log', content: '' },
      { name: 'cache/.wh..wh..opq', content: '' },
    ])
    const layer = await scanLayer('one/layer.tar', chunked(tar, 700))
    expect(layer.records).toEqual([
      { path: 'srv', kind: 'directory', sizeBytes: 0, linkTarget: null, mode: 0o755 },
      { path: 'srv/data.bin', kind: 'file', sizeBytes: 1500, linkTarget: null, mode: 0o644 },
      { path: 'srv/same.bin', kind: 'hardlink', sizeBytes: 0, linkTarget: 'srv/data.bin', mode: 0o644 },
      { path: 'srv/alias', kind: 'symlink', sizeBytes: 0, linkTarget: 'data.bin', mode: 0o644 },
    ])
    expect(layer.whiteouts).toEqual(['srv/old.log'])
    expect(layer.opaqueDirs).toEqual(['cache'])
  })

  it('gunzips a gzip layer in the stream, whatever its name', async () => {
    const tar = await gzipBytes(await tarBytes([{ name: 'a.txt', content: bytesOf(10) }]))
    const layer = await scanLayer('blobs/sha256/abc', chunked(tar, 50))
    expect(layer.records).toEqual([{ path: 'a.txt', kind: 'file', sizeBytes: 10, linkTarget: null, mode: 0o644 }])
  })

  it('undoes a zstd layer in the stream, recognised by its first bytes', async () => {
    const tar = zstdBytes(await tarBytes([{ name: 'usr/bin/tool', content: bytesOf(4321) }, { name: 'etc/', type: 'directory' }]))
    const layer = await scanLayer('blobs/sha256/zzz', chunked(tar, 64))
    expect(layer.records).toEqual([
      { path: 'usr/bin/tool', kind: 'file', sizeBytes: 4321, linkTarget: null, mode: 0o644 },
      { path: 'etc', kind: 'directory', sizeBytes: 0, linkTarget: null, mode: 0o755 },
    ])
  })

  it('names the layer when its zstd stream is cut short', async () => {
    const zst = zstdBytes(await tarBytes([{ name: 'big.bin', content: Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 7) % 251)) }]))
    await expect(scanLayer('cut.zst', chunked(zst.subarray(0, zst.length - 100)))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Layer cut.zst'),
    })
  })

  it('names the layer when its tar is cut short', async () => {
    const tar = await tarBytes([{ name: 'big.bin', content: bytesOf(10_000) }])
    await expect(scanLayer('cut/layer.tar', chunked(tar.subarray(0, 4000)))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Layer cut/layer.tar is cut short'),
    })
  })

  it('names the layer when its gzip stream is cut short', async () => {
    const gz = await gzipBytes(await tarBytes([{ name: 'big.bin', content: Buffer.from(Array.from({ length: 20_000 }, (_, i) => i % 251)) }]))
    await expect(scanLayer('cut.gz', chunked(gz.subarray(0, gz.length - 100)))).rejects.toMatchObject({
      message: expect.stringContaining('Layer cut.gz is cut short'),
    })
  })

  it('keeps absolute names inside the root and leaves out names that climb out of it', async () => {
    const tar = await tarBytes([
      { name: '/etc/passwd', content: 'root' },
      { name: '../../etc/shadow', content: 'secret' },
      { name: 'usr/../../escape', content: 'x' },
      { name: 'usr/./lib/../bin/tool', content: 'tool' },
    ])
    const layer = await scanLayer('l', chunked(tar))
    expect(layer.records.map((record) => record.path)).toEqual(['etc/passwd', 'usr/bin/tool'])
    expect(layer.absoluteCount).toBe(1)
    expect(layer.escapingCount).toBe(2)
    expect(layer.escapingNames).toEqual(['../../etc/shadow', 'usr/../../escape'])
  })

  it('reads small fact files and counts packages without keeping the database', async () => {
    const dpkg = [
      'Package: libc6\nStatus: install ok installed\nDescription: x\n',
      'Package: old\nStatus: deinstall ok config-files\n',
      `Package: bash\nStatus: install ok installed\nDescription: ${'long '.repeat(2000)}\n`,
    ].join('\n')
    const tar = await tarBytes([
      { name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
      { name: 'var/lib/dpkg/status', content: dpkg },
      { name: 'lib/apk/db/installed', content: 'C:x\nP:musl\nV:1\n\nP:busybox\nV:1\n' },
    ])
    const layer = await scanLayer('l', chunked(tar, 333))
    expect(layer.texts.get('etc/os-release')).toBe('ID=debian\nVERSION_ID="12"\n')
    expect(layer.packageCounts.get('var/lib/dpkg/status')).toBe(2)
    expect(layer.packageCounts.get('lib/apk/db/installed')).toBe(2)
  })

  it('treats an empty blob as an empty layer', async () => {
    const layer = await scanLayer('empty', chunked(Buffer.alloc(0)))
    expect(layer.records).toEqual([])
  })
})
