import { ApiError } from '../../../shared/contract'
import type { FileEntry, ImageAnalysis, ImagePlatform, LayerScan, PackageInventory, TreeScope } from '../../../shared/model'
import type { CacheStore } from '../cache'
import { cacheSubject } from '../cache/engine-scoped-cache'
import type { EngineClient } from '../engine/engine-api-types'
import type { ReportProgress } from '../operations/operations'
import { hasAllLayerEntries, readLayerEntries, readScan, scanEntries } from './layer-cache'
import { packagesEntry, readPackages } from './package-cache'
import { listTrie, replayEntries } from './replay'
import { scanExport } from './scan-export'

/** Part of every scan: results of another version are not read (the cache kind carries it too). */
export const LAYERS_ANALYZER_VERSION = 'layers-3'

export interface LayersService {
  /**
   * Scans the image's export (or answers from the cache at once) and caches the result by engine,
   * image ID and platform. `platform` null: the engine's own, or the first one present.
   */
  scan(reference: string, platform: string | null, signal: AbortSignal, report: ReportProgress): Promise<LayerScan>
  get(reference: string, platform: string | null): Promise<LayerScan | null>
  tree(reference: string, platform: string | null, layerIndex: number, scope: TreeScope): Promise<{ entries: FileEntry[] }>
  /** The package inventory the scan read; INVALID_INPUT when the image was not scanned yet. */
  packages(reference: string, platform: string | null): Promise<PackageInventory>
  /** The final filesystem of a scanned image (the engine's own platform); INVALID_INPUT when it was not scanned. */
  finalFiles(reference: string): Promise<{ imageId: string; entries: FileEntry[] }>
}

/** The image a request names, as the platforms service resolves it (images/platforms-service.ts). */
export interface ScannedImage {
  imageId: string
  /** Null: an image of one platform, or one whose platforms are not known yet. */
  platform: string | null
  platforms: readonly ImagePlatform[]
  sizeBytes: number
  diffIds: string[]
}

export interface LayersServiceDeps {
  client: () => Promise<EngineClient>
  cache: () => CacheStore
  /** The base analysis, for whose each layer is; a failure leaves owners 'unknown'. */
  analyze: (reference: string) => Promise<ImageAnalysis>
  /** ID and platform of the image a request names, from what is known (it never starts an export itself). */
  resolve: (reference: string, platform: string | null) => Promise<ScannedImage>
  /** The platforms a scan found in the export, for the list and the image page. */
  rememberPlatforms: (imageId: string, platforms: readonly ImagePlatform[]) => void
  /** Whether the engine's export takes a platform (API 1.48+): then it sends that platform only. */
  exportTakesPlatform: () => Promise<boolean>
}

export function createLayersService(deps: LayersServiceDeps): LayersService {
  const scannedOrFail = async (reference: string, platform: string | null): Promise<{ scan: LayerScan; subject: string }> => {
    const image = await deps.resolve(reference, platform)
    const subject = cacheSubject(image.imageId, image.platform)
    const scan = readScan(deps.cache(), subject)
    if (scan === null) throw new ApiError('INVALID_INPUT', `${reference} has not been scanned yet: start layers.scan first.`)
    return { scan, subject }
  }

  const service: LayersService = {
    async scan(reference, platform, signal, report) {
      report('preparing export', 0, null)
      const image = await deps.resolve(reference, platform)
      const subject = cacheSubject(image.imageId, image.platform)
      const cached = readScan(deps.cache(), subject)
      if (cached !== null && hasAllLayerEntries(deps.cache(), cached, subject) && readPackages(deps.cache(), subject) !== null) return cached
      // By ID, not by tag: a tag moved meanwhile must not swap the image under the scan. Asked for
      // first: the engine stages the whole export before its first byte, and the base analysis
      // (whose layers are whose) is done in that wait instead of before it.
      const onePlatform = image.platform !== null && (await deps.exportTakesPlatform()) ? image.platform : undefined
      const exporting = (await deps.client()).exportImage(image.imageId, { signal, platform: onePlatform })
      exporting.catch(() => undefined)
      const analysis = await deps.analyze(image.imageId).catch(() => null)
      const stream = await exporting
      const { scan, layerEntries, packages } = await scanExport(stream, {
        signal,
        platform: image.platform,
        // The export is a little larger than the image (tar headers): the bar stops at full.
        onProgress: (phase, bytesRead) =>
          phase === 'reading layers' ? report(phase, Math.min(bytesRead, image.sizeBytes), image.sizeBytes) : report(phase, 0, null),
        owners: alignedSteps(analysis, image.diffIds).map((step) => step?.owner ?? 'unknown'),
        createdBy: alignedSteps(analysis, image.diffIds).map((step) => step?.createdBy ?? null),
        analyzerVersion: LAYERS_ANALYZER_VERSION,
      })
      const result = { ...scan, imageId: image.imageId }
      // An export of one platform (API 1.48+) lists only it: what was known before stays.
      if (scan.platforms.length > 0 && image.platforms.length === 0) deps.rememberPlatforms(image.imageId, scan.platforms)
      const scanned = scan.platforms.find((entry) => entry.isScanned)?.platform ?? null
      const scannedSubject = cacheSubject(image.imageId, scanned)
      deps.cache().putMany([packagesEntry({ ...packages, imageId: image.imageId }, scannedSubject), ...scanEntries(result, layerEntries, scannedSubject)])
      return result
    },
    async packages(reference, platform) {
      const image = await deps.resolve(reference, platform)
      const inventory = readPackages(deps.cache(), cacheSubject(image.imageId, image.platform))
      if (inventory === null) throw new ApiError('INVALID_INPUT', `${reference} has not been scanned yet: start layers.scan first.`)
      return inventory
    },
    async get(reference, platform) {
      const image = await deps.resolve(reference, platform)
      return readScan(deps.cache(), cacheSubject(image.imageId, image.platform))
    },
    async finalFiles(reference) {
      const { scan } = await scannedOrFail(reference, null)
      const top = scan.layers.at(-1)
      return { imageId: scan.imageId, entries: top === undefined ? [] : (await service.tree(reference, null, top.index, 'cumulative')).entries }
    },
    async tree(reference, platform, layerIndex, scope) {
      const { scan, subject } = await scannedOrFail(reference, platform)
      if (layerIndex >= scan.layers.length) {
        throw new ApiError('INVALID_INPUT', `${reference} has ${scan.layers.length} layers: there is no layer ${layerIndex}.`)
      }
      const upTo = scope === 'layer' ? [layerIndex] : scan.layers.slice(0, layerIndex + 1).map((layer) => layer.index)
      const lists = upTo.map((index) => readLayerEntries(deps.cache(), subject, index))
      if (lists.some((list) => list === null)) {
        throw new ApiError('INVALID_INPUT', `The files of ${reference} are no longer in the cache: scan it again.`)
      }
      const entries = lists as FileEntry[][]
      return { entries: scope === 'layer' ? entries[0] ?? [] : listTrie(replayEntries(entries)) }
    },
  }
  return service
}

/**
 * The analysis lists every history step; those that made a layer line up with the layers. A step
 * whose diff ID is not the layer's (history that could not be aligned) says nothing of it.
 */
function alignedSteps(analysis: ImageAnalysis | null, diffIds: readonly string[]): (ImageAnalysis['layers'][number] | null)[] {
  const steps = analysis?.layers.filter((layer) => layer.diffId !== null) ?? []
  return diffIds.map((diffId, index) => (steps[index]?.diffId === diffId ? steps[index] ?? null : null))
}
