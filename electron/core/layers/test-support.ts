import { createHash } from 'node:crypto'
import { createGzip, zstdCompressSync } from 'node:zlib'
import { pack } from 'tar-stream'

/** One entry of a tar built in memory for a test: a file with its content, or any other header. */
export type TarEntry =
  | { name: string; content: string | Buffer }
  | { name: string; type: 'directory' }
  | { name: string; type: 'symlink' | 'link'; linkname: string }

/** A tar archive in memory, made by tar-stream's own packer (what docker save writes is plain ustar). */
export async function tarBytes(entries: readonly TarEntry[]): Promise<Buffer> {
  const packer = pack()
  for (const entry of entries) {
    if ('content' in entry) {
      const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content
      packer.entry({ name: entry.name, size: content.length }, content)
    } else {
      packer.entry({ name: entry.name, type: entry.type, linkname: 'linkname' in entry ? entry.linkname : undefined })
    }
  }
  packer.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of packer) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** zstd as containerd and BuildKit write it (`--compression zstd`): one frame. */
export function zstdBytes(bytes: Buffer): Buffer {
  return zstdCompressSync(bytes)
}

export function gzipBytes(bytes: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gzip = createGzip()
    const chunks: Buffer[] = []
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk))
    gzip.on('end', () => resolve(Buffer.concat(chunks)))
    gzip.on('error', reject)
    gzip.end(bytes)
  })
}

/** Bytes delivered in small chunks, as a socket would: parsers must not assume whole headers. */
export async function* chunked(bytes: Buffer, size = 1000): AsyncGenerator<Buffer> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size)
}

/** `n` bytes of file content, for sizes that are easy to add up by hand. */
export const bytesOf = (n: number): Buffer => Buffer.alloc(n, 0x61)

export interface ExportSpec {
  /** podman: Podman 4.3's legacy variant, layer tars first at the top (`<diffid>.tar`), `<id>/layer.tar` symlinks to them. */
  layout: 'legacy' | 'oci' | 'podman'
  /** The layers' tars, bottom first (already gzipped or otherwise, as the test wants). */
  layers: Buffer[]
  env?: string[]
  /** Engine 20.10 writes manifest.json after everything else. */
  manifestLast?: boolean
  /**
   * OCI only: an index of platforms above the manifest, as the containerd store exports one. The
   * first is the image built here; the others are listed but their manifests are not in the export.
   */
  indexPlatforms?: Array<{ os: string; architecture: string; variant?: string; attestation?: boolean }>
}

const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

/** A `docker save` archive in memory: legacy (manifest.json, <id>/layer.tar) or OCI (index.json, blobs). */
export async function exportBytes(spec: ExportSpec): Promise<{ bytes: Buffer; imageId: string }> {
  const diffIds = spec.layers.map((layer) => `sha256:${sha256(layer)}`)
  const config = JSON.stringify({
    config: { Env: spec.env ?? ['PATH=/usr/bin'] },
    rootfs: { type: 'layers', diff_ids: diffIds },
    history: spec.layers.flatMap((_, index) => [{ created_by: `RUN step ${index}` }, { created_by: 'ENV X=1', empty_layer: true }]),
  })
  const configHex = sha256(config)
  const entries: TarEntry[] = []
  if (spec.layout === 'legacy') {
    const paths = spec.layers.map((layer, index) => `${sha256(`${index}:${layer.length}`)}/layer.tar`)
    const manifest = { name: 'manifest.json', content: JSON.stringify([{ Config: `${configHex}.json`, RepoTags: ['x:1'], Layers: paths }]) }
    if (!spec.manifestLast) entries.push(manifest)
    spec.layers.forEach((layer, index) => entries.push({ name: paths[index] ?? '', content: layer }, { name: (paths[index] ?? '').replace('layer.tar', 'VERSION'), content: '1.0' }))
    entries.push({ name: `${configHex}.json`, content: config })
    if (spec.manifestLast) entries.push(manifest)
  } else if (spec.layout === 'podman') {
    const tops = spec.layers.map((layer) => `${sha256(layer)}.tar`)
    spec.layers.forEach((layer, index) => entries.push({ name: tops[index] ?? '', content: layer }))
    entries.push({ name: `${configHex}.json`, content: config })
    tops.forEach((top, index) => {
      const folder = sha256(`${index}:${top}`)
      entries.push({ name: `${folder}/layer.tar`, type: 'symlink', linkname: `../${top}` }, { name: `${folder}/VERSION`, content: '1.0' })
    })
    entries.push({ name: 'manifest.json', content: JSON.stringify([{ Config: `${configHex}.json`, RepoTags: ['localhost/x:1'], Layers: tops }]) })
  } else {
    const manifest = JSON.stringify({
      schemaVersion: 2,
      config: { digest: `sha256:${configHex}`, size: config.length },
      layers: spec.layers.map((layer) => ({ digest: `sha256:${sha256(layer)}`, size: layer.length })),
    })
    let index = JSON.stringify({ schemaVersion: 2, manifests: [{ digest: `sha256:${sha256(manifest)}`, size: manifest.length }] })
    if (spec.indexPlatforms) {
      const manifests = spec.indexPlatforms.map(({ attestation, ...platform }, position) => ({
        digest: `sha256:${position === 0 ? sha256(manifest) : sha256(`absent ${position}`)}`,
        size: manifest.length,
        platform,
        ...(attestation ? { annotations: { 'vnd.docker.reference.type': 'attestation-manifest' } } : {}),
      }))
      const inner = JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests })
      entries.push({ name: `blobs/sha256/${sha256(inner)}`, content: inner })
      index = JSON.stringify({ schemaVersion: 2, manifests: [{ digest: `sha256:${sha256(inner)}`, size: inner.length }] })
    }
    entries.push({ name: 'oci-layout', content: '{"imageLayoutVersion":"1.0.0"}' }, { name: 'index.json', content: index })
    for (const layer of spec.layers) entries.push({ name: `blobs/sha256/${sha256(layer)}`, content: layer })
    entries.push({ name: `blobs/sha256/${configHex}`, content: config }, { name: `blobs/sha256/${sha256(manifest)}`, content: manifest })
  }
  return { bytes: await tarBytes(entries), imageId: `sha256:${configHex}` }
}
