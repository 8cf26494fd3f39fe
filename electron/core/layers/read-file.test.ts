import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { readFileVersions } from './read-file'
import { bytesOf, chunked, exportBytes, gzipBytes, tarBytes } from './test-support'

const diffIdOf = (tar: Buffer): string => `sha256:${createHash('sha256').update(tar).digest('hex')}`
const text = (base64: string | null | undefined): string => Buffer.from(base64 ?? '', 'base64').toString('utf8')
const BINARY = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe])

async function layerTars(): Promise<Buffer[]> {
  return [
    await tarBytes([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/app.conf', content: 'one\ntwo\nthree\n' },
      { name: 'etc/gone.txt', content: 'soon deleted\n' },
      { name: 'bin/data', content: BINARY },
    ]),
    await tarBytes([{ name: 'etc/app.conf', content: 'one\nTWO\nthree\n' }]),
    await tarBytes([{ name: 'etc/.wh.gone.txt', content: '' }, { name: 'etc/app.link', type: 'symlink', linkname: 'app.conf' }]),
    await tarBytes([{ name: 'opt/big.bin', content: bytesOf(10_000) }]),
  ]
}

async function read(path: string, layerIndex: number, options: { layout?: 'legacy' | 'oci'; gzip?: boolean; limit?: number } = {}) {
  const tars = await layerTars()
  const layers = options.gzip ? await Promise.all(tars.map((tar) => gzipBytes(tar))) : tars
  const { bytes } = await exportBytes({ layout: options.layout ?? 'legacy', layers, manifestLast: true })
  return readFileVersions(chunked(bytes, 777), { diffIds: tars.map(diffIdOf), layerIndex, path, limit: options.limit ?? 1024 * 1024 })
}

describe('readFileVersions', () => {
  it('gives a file as the top layer leaves it, and the version it replaced', async () => {
    const { current, previous } = await read('etc/app.conf', 3)
    expect([current?.layerIndex, current?.state, text(current?.contentBase64)]).toEqual([1, 'file', 'one\nTWO\nthree\n'])
    expect([previous?.layerIndex, text(previous?.contentBase64)]).toEqual([0, 'one\ntwo\nthree\n'])
    expect(current?.digest).toBe(diffIdOf(Buffer.from('one\nTWO\nthree\n')))
    expect(current?.mode).toBe(0o644)
  })

  it('gives the first version as of the layer that wrote it, with nothing before it', async () => {
    const { current, previous } = await read('etc/app.conf', 0)
    expect([current?.layerIndex, text(current?.contentBase64)]).toEqual([0, 'one\ntwo\nthree\n'])
    expect(previous).toBeNull()
  })

  it('says a whited-out file was deleted in its layer, and what it was before', async () => {
    const { current, previous } = await read('etc/gone.txt', 2)
    expect([current?.state, current?.layerIndex, current?.contentBase64]).toEqual(['deleted', 2, null])
    expect([previous?.state, text(previous?.contentBase64)]).toEqual(['file', 'soon deleted\n'])
  })

  it('gives a symlink as its target, and binary bytes unchanged', async () => {
    expect((await read('etc/app.link', 3)).current).toMatchObject({ state: 'symlink', linkTarget: 'app.conf', contentBase64: null })
    expect(Buffer.from((await read('bin/data', 3)).current?.contentBase64 ?? '', 'base64')).toEqual(BINARY)
  })

  it('keeps only the first bytes of a file larger than the limit, and says it is cut', async () => {
    const { current } = await read('opt/big.bin', 3, { limit: 100 })
    expect([current?.sizeBytes, Buffer.from(current?.contentBase64 ?? '', 'base64').length, current?.isCut, current?.digest]).toEqual([10_000, 100, true, null])
  })

  it('answers null for a path no layer up to the asked one holds', async () => {
    expect(await read('etc/app.link', 1)).toMatchObject({ current: null, previous: null })
    expect(await read('no/such/file', 3)).toMatchObject({ current: null, previous: null })
  })

  it('reads gzip layers of the OCI layout, identified by the diff ID of what they unpack to', async () => {
    const { current, previous } = await read('etc/app.conf', 3, { layout: 'oci', gzip: true })
    expect([text(current?.contentBase64), text(previous?.contentBase64)]).toEqual(['one\nTWO\nthree\n', 'one\ntwo\nthree\n'])
  })

  it('stops reading the export once the asked layer and those below it have passed', async () => {
    const tars = await layerTars()
    const { bytes } = await exportBytes({ layout: 'legacy', layers: tars, manifestLast: true })
    let bytesRead = 0
    const result = await readFileVersions(chunked(bytes, 512), {
      diffIds: tars.map(diffIdOf), layerIndex: 0, path: 'etc/app.conf', limit: 1024, onProgress: (read) => (bytesRead = read),
    })
    expect(result.stoppedEarly).toBe(true)
    expect(bytesRead).toBeLessThan(bytes.length / 2)
    expect(text(result.current?.contentBase64)).toBe('one\ntwo\nthree\n')
  })

  it('rejects with CANCELLED when aborted', async () => {
    const tars = await layerTars()
    const { bytes } = await exportBytes({ layout: 'legacy', layers: tars })
    const controller = new AbortController()
    controller.abort()
    await expect(readFileVersions(chunked(bytes), { diffIds: tars.map(diffIdOf), layerIndex: 3, path: 'etc/app.conf', limit: 1024, signal: controller.signal }))
      .rejects.toMatchObject({ code: 'CANCELLED' })
  })
})
