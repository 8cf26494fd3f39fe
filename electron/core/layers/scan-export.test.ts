import { describe, expect, it } from 'vitest'
import { scanExport } from './scan-export'
import { bytesOf, chunked, exportBytes, gzipBytes, tarBytes, zstdBytes, type TarEntry } from './test-support'

const OS_RELEASE = 'ID=alpine\nVERSION_ID=3.20.1\n' // 28 bytes

/**
 * Layer 0: app/a.bin 1000, app/b.bin 2000, cache/x 300, cache/y 400, bin/busybox 5000, bin/sh (hard
 * link), etc/os-release 28. Layer 1 overwrites a.bin (1500) and deletes b.bin. Layer 2 makes cache
 * opaque (adds cache/z 50) and writes tmp/big 10000. Layer 3 deletes tmp.
 */
const LAYERS: TarEntry[][] = [
  [
    { name: 'app/', type: 'directory' },
    { name: 'app/a.bin', content: bytesOf(1000) },
    { name: 'app/b.bin', content: bytesOf(2000) },
    { name: 'cache/', type: 'directory' },
    { name: 'cache/x', content: bytesOf(300) },
    { name: 'cache/y', content: bytesOf(400) },
    { name: 'bin/', type: 'directory' },
    { name: 'bin/busybox', content: bytesOf(5000) },
    { name: 'bin/sh', type: 'link', linkname: 'bin/busybox' },
    { name: 'etc/os-release', content: OS_RELEASE },
  ],
  [
    { name: 'app/', type: 'directory' },
    { name: 'app/a.bin', content: bytesOf(1500) },
    { name: 'app/.wh.b.bin', content: '' },
    { name: 'link', type: 'symlink', linkname: 'app/a.bin' },
  ],
  [
    { name: 'cache/', type: 'directory' },
    { name: 'cache/z', content: bytesOf(50) },
    // After the new content on purpose: an opaque marker hides the lower layers wherever it sits.
    { name: 'cache/.wh..wh..opq', content: '' },
    { name: 'tmp/', type: 'directory' },
    { name: 'tmp/big', content: bytesOf(10_000) },
  ],
  [{ name: '.wh.tmp', content: '' }],
]

const layerTars = (): Promise<Buffer[]> => Promise.all(LAYERS.map((entries) => tarBytes(entries)))
const owners = ['base', 'base', 'own', 'own'] as const

describe('scanExport', () => {
  it('counts each lost copy once: overwritten, deleted, hidden by an opaque folder, under a deleted folder', async () => {
    const { bytes, imageId } = await exportBytes({ layout: 'legacy', layers: await layerTars(), manifestLast: true })
    const { scan } = await scanExport(chunked(bytes, 4096), { owners })
    expect(scan.imageId).toBe(imageId)
    // Stored: 8728 + 1500 + 10050 + 0; visible: a.bin 1500 + busybox 5000 + os-release 28 + cache/z 50.
    expect(scan.totalBytes).toBe(20_278)
    expect(scan.finalBytes).toBe(6_578)
    expect(scan.wastedBytes).toBe(13_700)
    expect(scan.efficiency).toBeCloseTo(6_578 / 20_278, 10)
    // The base lost a.bin and b.bin itself (3,000); the image's layer 2 deleted the base's cache/x
    // and cache/y (700) and its layer 3 its own tmp/big (10,000): that waste is the image's doing.
    expect(scan.baseWastedBytes).toBe(3_000)
    expect(scan.ownWastedBytes).toBe(10_700)
    expect(scan.layers.map((layer) => layer.wastedBytes)).toEqual([3_700, 0, 10_000, 0])
    expect(scan.wastedFileCount).toBe(5)
    expect(scan.wastedFiles).toEqual([
      { path: 'tmp/big', layerIndex: 2, sizeBytes: 10_000, reason: 'deleted', byLayerIndex: 3, owner: 'own' },
      { path: 'app/b.bin', layerIndex: 0, sizeBytes: 2_000, reason: 'deleted', byLayerIndex: 1, owner: 'base' },
      { path: 'app/a.bin', layerIndex: 0, sizeBytes: 1_000, reason: 'overwritten', byLayerIndex: 1, owner: 'base' },
      { path: 'cache/y', layerIndex: 0, sizeBytes: 400, reason: 'deleted', byLayerIndex: 2, owner: 'own' },
      { path: 'cache/x', layerIndex: 0, sizeBytes: 300, reason: 'deleted', byLayerIndex: 2, owner: 'own' },
    ])
  })

  it('says what each layer did, folders left out of the counts', async () => {
    const { bytes } = await exportBytes({ layout: 'legacy', layers: await layerTars() })
    const { scan, layerEntries } = await scanExport(chunked(bytes))
    expect(scan.layers.map(({ sizeBytes, fileCount, added, modified, removed }) => [sizeBytes, fileCount, added, modified, removed])).toEqual([
      [8_728, 7, 7, 0, 0],
      [1_500, 2, 1, 1, 1],
      [10_050, 2, 2, 0, 2],
      [0, 0, 0, 0, 1],
    ])
    expect(layerEntries[1]).toEqual([
      { path: 'app', kind: 'directory', sizeBytes: 0, change: 'modified', linkTarget: null, mode: 0o755 },
      { path: 'app/a.bin', kind: 'file', sizeBytes: 1_500, change: 'modified', linkTarget: null, mode: 0o644 },
      { path: 'app/b.bin', kind: 'file', sizeBytes: 2_000, change: 'removed', linkTarget: null, mode: null },
      { path: 'link', kind: 'symlink', sizeBytes: 0, change: 'added', linkTarget: 'app/a.bin', mode: 0o644 },
    ])
    expect(layerEntries[3]).toEqual([{ path: 'tmp', kind: 'directory', sizeBytes: 0, change: 'removed', linkTarget: null, mode: null }])
    expect(scan.layers.map((layer) => layer.createdBy)).toEqual(['RUN step 0', 'RUN step 1', 'RUN step 2', 'RUN step 3'])
  })

  it('reads the OCI layout with gzip layers to the same figures', async () => {
    const layers = await Promise.all((await layerTars()).map((tar, index) => (index % 2 === 0 ? gzipBytes(tar) : tar)))
    const { bytes, imageId } = await exportBytes({ layout: 'oci', layers })
    const { scan } = await scanExport(chunked(bytes, 999))
    expect(scan.imageId).toBe(imageId)
    expect([scan.totalBytes, scan.finalBytes, scan.wastedBytes, scan.wastedFileCount]).toEqual([20_278, 6_578, 13_700, 5])
  })

  it("reads Podman's export, layer tars at the top with layer.tar symlinks to them, to the same figures", async () => {
    const { bytes, imageId } = await exportBytes({ layout: 'podman', layers: await layerTars() })
    const { scan } = await scanExport(chunked(bytes, 4096), { owners })
    expect(scan.imageId).toBe(imageId)
    expect([scan.totalBytes, scan.finalBytes, scan.wastedBytes]).toEqual([20_278, 6_578, 13_700])
  })

  it('scans the one platform of a two-platform index this machine holds, and says the other is not here', async () => {
    const indexPlatforms = [
      { os: 'linux', architecture: 'amd64' },
      { os: 'linux', architecture: 'arm64', variant: 'v8' },
      { os: 'unknown', architecture: 'unknown', attestation: true },
    ]
    const { bytes } = await exportBytes({ layout: 'oci', layers: await layerTars(), indexPlatforms })
    const { scan } = await scanExport(chunked(bytes, 4096), { owners })
    expect(scan.platforms).toEqual([
      { platform: 'linux/amd64', isPresent: true, isScanned: true },
      { platform: 'linux/arm64/v8', isPresent: false, isScanned: false },
    ])
    expect(scan.wastedBytes).toBe(13_700)
    expect(scan.warnings).toContain('This image lists 2 platforms; linux/arm64/v8 is not on this machine, so only linux/amd64 was scanned.')
    await expect(scanExport(chunked(bytes, 4096), { owners, platform: 'linux/arm64' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: 'This image has no linux/arm64 on this machine; it holds linux/amd64.',
    })
  })

  it('states facts of the final filesystem: os-release, and a shell reached through a hard link', async () => {
    const { bytes } = await exportBytes({ layout: 'legacy', layers: await layerTars() })
    const { scan } = await scanExport(chunked(bytes))
    expect(scan.facts.osRelease).toEqual({ id: 'alpine', versionId: '3.20.1', prettyName: null })
    expect(scan.facts.shell).toBe('bin/sh')
    expect(scan.facts.libc).toBe('none')
  })

  it('uses a layer twice when the image lists it twice', async () => {
    const same = await tarBytes([{ name: 'f', content: bytesOf(10) }])
    const { bytes } = await exportBytes({ layout: 'legacy', layers: [same, same] })
    const { scan } = await scanExport(chunked(bytes))
    expect([scan.totalBytes, scan.wastedBytes]).toEqual([20, 10])
    expect(scan.wastedFiles[0]).toMatchObject({ path: 'f', layerIndex: 0, reason: 'overwritten', byLayerIndex: 1 })
  })

  it('warns of names that climb out of the root and keeps them out of the tree', async () => {
    const hostile = await tarBytes([{ name: '../../../etc/cron.d/evil', content: 'x' }, { name: '/abs/file', content: bytesOf(5) }])
    const { bytes } = await exportBytes({ layout: 'legacy', layers: [hostile] })
    const { scan, layerEntries } = await scanExport(chunked(bytes))
    expect(layerEntries[0]?.map((entry) => entry.path)).toEqual(['abs/file'])
    expect(scan.totalBytes).toBe(5)
    expect(scan.warnings).toEqual([
      expect.stringContaining('Layer 0 holds 1 name(s) that climb out of the root with "..", e.g. ../../../etc/cron.d/evil'),
      expect.stringContaining('Layer 0 holds 1 absolute name(s)'),
    ])
  })

  it('names the layer an export is cut short in', async () => {
    const big = await tarBytes([{ name: 'big', content: bytesOf(50_000) }])
    const { bytes } = await exportBytes({ layout: 'legacy', layers: [big] })
    const cut = bytes.subarray(0, 2048 + 20_000)
    await expect(scanExport(chunked(cut))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^Layer [0-9a-f]{64}\/layer\.tar is cut short/),
    })
  })

  it('says an export without a manifest is cut short or not an export', async () => {
    const notAnExport = await tarBytes([{ name: 'hello.txt', content: 'hi' }])
    await expect(scanExport(chunked(notAnExport))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('neither manifest.json nor index.json') })
  })

  it('reads plain, gzip and zstd layers of one OCI export by their first bytes', async () => {
    const plain = await tarBytes([{ name: 'a.txt', content: bytesOf(11) }])
    const gzip = await gzipBytes(await tarBytes([{ name: 'b.txt', content: bytesOf(22) }]))
    const zstd = zstdBytes(await tarBytes([{ name: 'c.txt', content: bytesOf(33) }, { name: 'a.txt', content: bytesOf(5) }]))
    const { bytes } = await exportBytes({ layout: 'oci', layers: [plain, gzip, zstd] })
    const { scan, layerEntries } = await scanExport(chunked(bytes))
    expect(layerEntries.map((entries) => entries.map(({ path, sizeBytes }) => [path, sizeBytes]))).toEqual([
      [['a.txt', 11]],
      [['b.txt', 22]],
      [['a.txt', 5], ['c.txt', 33]],
    ])
    expect([scan.totalBytes, scan.finalBytes, scan.wastedBytes]).toEqual([71, 60, 11])
  })

  it('stops with CANCELLED when its signal aborts mid-stream', async () => {
    const { bytes } = await exportBytes({ layout: 'legacy', layers: [await tarBytes([{ name: 'big', content: bytesOf(200_000) }])] })
    const controller = new AbortController()
    const scanning = scanExport(chunked(bytes, 1000), {
      signal: controller.signal,
      onProgress: (_, read) => (read > 50_000 ? controller.abort() : undefined),
    })
    await expect(scanning).rejects.toMatchObject({ code: 'CANCELLED' })
  })

  it('reports bytes read, then the summarising phase', async () => {
    const { bytes } = await exportBytes({ layout: 'legacy', layers: await layerTars() })
    const seen: [string, number][] = []
    await scanExport(chunked(bytes, 10_000), { onProgress: (phase, read) => seen.push([phase, read]) })
    expect(seen.at(-2)).toEqual(['reading layers', bytes.length])
    expect(seen.at(-1)).toEqual(['summarising', 0])
  })
})

describe('scanExport with a tar that names a path twice', () => {
  it('lists the path once, with the last copy, and counts the first copy as wasted', async () => {
    const twice = await tarBytes([{ name: 'f', content: bytesOf(30) }, { name: 'f', content: bytesOf(70) }])
    const { bytes } = await exportBytes({ layout: 'oci', layers: [twice] })
    const { scan, layerEntries } = await scanExport(chunked(bytes))
    expect(layerEntries[0]).toEqual([{ path: 'f', kind: 'file', sizeBytes: 70, change: 'added', linkTarget: null, mode: 0o644 }])
    expect([scan.totalBytes, scan.finalBytes, scan.wastedBytes]).toEqual([100, 70, 30])
  })
})
