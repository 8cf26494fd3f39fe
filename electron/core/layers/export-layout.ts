import { ApiError } from '../../../shared/contract'
import type { ScanPlatform } from '../../../shared/model'
import { choosePlatform, platformManifests } from './index-platforms'

/** Where the image's parts sit in the export, in layer order. */
export interface ExportLayout {
  /** "sha256:<hex>": the config's digest is the image ID. Null when the layout does not say. */
  imageId: string | null
  configPath: string
  /** Archive paths of the layers, bottom first (one path may repeat: identical layers are stored once). */
  layerPaths: string[]
  /** The platforms an index lists, the one read marked; empty for an image of one platform. */
  platforms: ScanPlatform[]
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
 * beside index.json from 25 on, for the engine's own platform), else OCI `index.json` -> manifest
 * (through nested indexes) -> config and layer blobs. `wanted` ("linux/amd64") picks a platform of
 * a multi-platform index; by default the one the legacy manifest names, else the first one held.
 */
export function resolveLayout(docs: ExportDocuments, wanted: string | null = null): ExportLayout {
  const index = docs.json.get('index.json')
  const listed = isObject(index) ? listedPlatforms(index, docs) : []
  const legacy = docs.json.get('manifest.json')
  if (Array.isArray(legacy) && legacy.length > 0 && (wanted === null || listed.length === 0)) {
    const layout = legacyLayout(legacy[0], docs)
    return { ...layout, platforms: markScanned(listed, scannedByConfig(listed, layout.configPath, docs)) }
  }
  if (isObject(index)) return ociLayout(index, docs, listed, wanted)
  throw new ApiError('INVALID_INPUT', 'The export holds neither manifest.json nor index.json: it is cut short, or it is not an image export.')
}

interface ListedPlatform extends ScanPlatform {
  manifest: Record<string, unknown> | null
}

/** The platforms of the innermost index that lists any, each with its manifest when the export holds it. */
function listedPlatforms(index: Record<string, unknown>, docs: ExportDocuments): ListedPlatform[] {
  let current: Record<string, unknown> = index
  for (let depth = 0; depth < MAX_INDEX_DEPTH; depth += 1) {
    const platforms = platformManifests(current)
    if (platforms.length > 0) {
      return platforms.map(({ platform, digest }) => {
        const manifest = docs.json.get(blobPath(digest))
        return { platform, isPresent: isObject(manifest), isScanned: false, manifest: isObject(manifest) ? manifest : null }
      })
    }
    const next = pickManifest(current, docs)
    if (next === null || (Array.isArray(next.layers) && isObject(next.config))) return []
    current = next
  }
  return []
}

function scannedByConfig(listed: ListedPlatform[], configPath: string, docs: ExportDocuments): string | null {
  const hex = /([0-9a-f]{64})(\.json)?$/.exec(configPath)?.[1]
  const found = listed.find((entry) => entry.manifest !== null && isObject(entry.manifest.config) &&
    follow(blobPath(stringOf(entry.manifest.config.digest) ?? ''), docs.links).endsWith(hex ?? '-'))
  return found?.platform ?? null
}

function markScanned(listed: ListedPlatform[], scanned: string | null): ScanPlatform[] {
  return listed.map(({ platform, isPresent }) => ({ platform, isPresent, isScanned: platform === scanned }))
}

function legacyLayout(entry: unknown, docs: ExportDocuments): Omit<ExportLayout, 'platforms'> {
  const config = isObject(entry) ? stringOf(entry.Config) : null
  const layers = isObject(entry) && Array.isArray(entry.Layers) ? entry.Layers.map(stringOf) : null
  if (config === null || layers === null || layers.some((layer) => layer === null)) {
    throw new ApiError('INVALID_INPUT', 'manifest.json of the export does not name a config and its layers.')
  }
  const configPath = follow(config, docs.links)
  const hex = /([0-9a-f]{64})(\.json)?$/.exec(configPath)?.[1]
  return { imageId: hex ? `sha256:${hex}` : null, configPath, layerPaths: (layers as string[]).map((layer) => follow(layer, docs.links)) }
}

function ociLayout(index: Record<string, unknown>, docs: ExportDocuments, listed: ListedPlatform[], wanted: string | null): ExportLayout {
  if (listed.length > 0) {
    const chosen = choosePlatform(listed, wanted)
    const manifest = listed.find((entry) => entry.platform === chosen?.platform)?.manifest
    if (!chosen || !manifest || !Array.isArray(manifest.layers)) {
      const held = listed.filter((entry) => entry.isPresent).map((entry) => entry.platform)
      throw new ApiError('INVALID_INPUT', `This image has no ${wanted ?? 'platform'} on this machine; it holds ${held.join(', ') || 'none of the platforms it lists'}.`)
    }
    return { ...manifestLayout(manifest), platforms: markScanned(listed, chosen.platform) }
  }
  let current: Record<string, unknown> = index
  for (let depth = 0; depth < MAX_INDEX_DEPTH; depth += 1) {
    if (Array.isArray(current.layers) && isObject(current.config)) return { ...manifestLayout(current), platforms: [] }
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

function manifestLayout(manifest: Record<string, unknown>): Omit<ExportLayout, 'platforms'> {
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
