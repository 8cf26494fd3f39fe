import { ApiError } from '../../../shared/contract'

/** Where the image's parts sit in the export, in layer order. */
export interface ExportLayout {
  /** "sha256:<hex>": the config's digest is the image ID. Null when the layout does not say. */
  imageId: string | null
  configPath: string
  /** Archive paths of the layers, bottom first (one path may repeat: identical layers are stored once). */
  layerPaths: string[]
}

/** The JSON documents of the export by archive path, and its symlinks (Docker 25 links layer.tar to a blob). */
export interface ExportDocuments {
  json: ReadonlyMap<string, unknown>
  links: ReadonlyMap<string, string>
}

const MAX_INDEX_DEPTH = 4

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const stringOf = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/**
 * Reads the layout once everything has arrived: legacy `manifest.json` (Docker up to 24, and
 * beside index.json from 25 on), else OCI `index.json` -> manifest (through nested indexes) ->
 * config and layer blobs.
 */
export function resolveLayout(docs: ExportDocuments): ExportLayout {
  const legacy = docs.json.get('manifest.json')
  if (Array.isArray(legacy) && legacy.length > 0) return legacyLayout(legacy[0], docs)
  const index = docs.json.get('index.json')
  if (isObject(index)) return ociLayout(index, docs)
  throw new ApiError('INVALID_INPUT', 'The export holds neither manifest.json nor index.json: it is cut short, or it is not an image export.')
}

function legacyLayout(entry: unknown, docs: ExportDocuments): ExportLayout {
  const config = isObject(entry) ? stringOf(entry.Config) : null
  const layers = isObject(entry) && Array.isArray(entry.Layers) ? entry.Layers.map(stringOf) : null
  if (config === null || layers === null || layers.some((layer) => layer === null)) {
    throw new ApiError('INVALID_INPUT', 'manifest.json of the export does not name a config and its layers.')
  }
  const configPath = follow(config, docs.links)
  const hex = /([0-9a-f]{64})(\.json)?$/.exec(configPath)?.[1]
  return { imageId: hex ? `sha256:${hex}` : null, configPath, layerPaths: (layers as string[]).map((layer) => follow(layer, docs.links)) }
}

function ociLayout(index: Record<string, unknown>, docs: ExportDocuments): ExportLayout {
  let current: Record<string, unknown> = index
  for (let depth = 0; depth < MAX_INDEX_DEPTH; depth += 1) {
    if (Array.isArray(current.layers) && isObject(current.config)) return manifestLayout(current)
    const next = pickManifest(current, docs)
    if (next === null) break
    current = next
  }
  throw new ApiError('INVALID_INPUT', 'index.json of the export leads to no image manifest held in the export.')
}

/** The first listed manifest the export holds, attestation manifests (BuildKit's provenance) aside. */
function pickManifest(index: Record<string, unknown>, docs: ExportDocuments): Record<string, unknown> | null {
  const listed = Array.isArray(index.manifests) ? index.manifests.filter(isObject) : []
  for (const descriptor of listed) {
    const annotations = isObject(descriptor.annotations) ? descriptor.annotations : {}
    if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') continue
    const digest = stringOf(descriptor.digest)
    const found = digest === null ? undefined : docs.json.get(blobPath(digest))
    if (isObject(found)) return found
  }
  return null
}

function manifestLayout(manifest: Record<string, unknown>): ExportLayout {
  const config = isObject(manifest.config) ? stringOf(manifest.config.digest) : null
  const layers = (manifest.layers as unknown[]).map((layer) => (isObject(layer) ? stringOf(layer.digest) : null))
  if (config === null || layers.some((layer) => layer === null)) {
    throw new ApiError('INVALID_INPUT', 'The image manifest in the export does not name a config and its layers.')
  }
  return { imageId: config, configPath: blobPath(config), layerPaths: (layers as string[]).map(blobPath) }
}

/** "sha256:abc" -> "blobs/sha256/abc", as the OCI image layout stores it. */
export function blobPath(digest: string): string {
  const [algorithm, hex] = digest.split(':')
  return `blobs/${algorithm ?? ''}/${hex ?? ''}`
}

/** An archive path through the export's own symlinks (relative to the link's folder), a few hops at most. */
export function follow(path: string, links: ReadonlyMap<string, string>): string {
  let current = normaliseArchivePath(path)
  for (let hop = 0; hop < 8; hop += 1) {
    const target = links.get(current)
    if (target === undefined) return current
    const folder = current.includes('/') ? current.slice(0, current.lastIndexOf('/')) : ''
    current = normaliseArchivePath(target.startsWith('/') ? target : `${folder}/${target}`)
  }
  return current
}

export function normaliseArchivePath(path: string): string {
  const kept: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') kept.pop()
    else kept.push(segment)
  }
  return kept.join('/')
}
