import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { extract } from 'tar-stream'
import { describe, expect, it } from 'vitest'
import { buildImageArchive, fixtureRefs, generatedSpecs } from '../fixtures/images'

// The archive generator itself: no engine needed. If it drifted, every fixture assertion that
// relies on "the engine reports what we generated" would be comparing against the wrong thing.

async function filesOf(tar: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  const reader = extract()
  reader.on('entry', (header, stream, next) => {
    const chunks: Buffer[] = []
    stream.on('data', (chunk: unknown) => chunks.push(Buffer.from(chunk as Uint8Array)))
    stream.on('end', () => {
      if (header.type === 'file') files.set(header.name, Buffer.concat(chunks))
      next()
    })
  })
  const done = new Promise<void>((resolve, reject) => reader.on('finish', () => resolve()).on('error', reject))
  Readable.from([tar]).pipe(reader)
  await done
  return files
}

const sha256 = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`

describe('generated image archives', () => {
  it('are byte-for-byte the same on every run, so loading them again changes nothing', async () => {
    const first = await buildImageArchive(generatedSpecs())
    const second = await buildImageArchive(generatedSpecs())
    expect(sha256(second.archive)).toBe(sha256(first.archive))
    expect(second.images.map((image) => image.id)).toEqual(first.images.map((image) => image.id))
  })

  it('write a docker save layout whose IDs and diff IDs are the sha256 of what they name', async () => {
    const { archive, images } = await buildImageArchive(generatedSpecs())
    const files = await filesOf(archive)
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '[]') as { Config: string; RepoTags: string[] | null; Layers: string[] }[]
    expect(manifest).toHaveLength(images.length)
    manifest.forEach((entry, index) => {
      const config = files.get(entry.Config) ?? Buffer.alloc(0)
      expect(sha256(config)).toBe(images[index]?.id)
      const diffIds = (JSON.parse(config.toString()) as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids
      expect(entry.Layers.map((path) => sha256(files.get(path) ?? Buffer.alloc(0)))).toEqual(diffIds)
      expect(entry.RepoTags ?? []).toEqual(images[index]?.tags)
    })
  })

  it('give the zero-byte steps the empty tar every engine knows, and mark metadata steps empty_layer', async () => {
    const spec = generatedSpecs().find((candidate) => candidate.tags.includes(fixtureRefs.zeroLayer))
    const { archive, images } = await buildImageArchive(spec ? [spec] : [])
    const emptyTar = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'
    expect(images[0]?.diffIds.slice(1)).toEqual([emptyTar, emptyTar])
    expect(images[0]?.layerSizes).toEqual([999_999, 0, 0])
    const files = await filesOf(archive)
    const config = JSON.parse(files.get(`${images[0]?.id.slice(7)}.json`)?.toString() ?? '{}') as { history: { empty_layer?: boolean }[] }
    expect(config.history.map((step) => step.empty_layer === true)).toEqual([false, true, false, true, false, true])
  })
})
