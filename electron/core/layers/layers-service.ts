import { ApiError } from '../../../shared/contract'
import type { FileEntry, ImageAnalysis, LayerScan, TreeScope } from '../../../shared/model'
import type { CacheStore } from '../cache'
import type { EngineClient } from '../engine/engine-api-types'
import type { ReportProgress } from '../operations/operations'
import { hasAllLayerEntries, readLayerEntries, readScan, scanEntries } from './layer-cache'
import { listTrie, replayEntries } from './replay'
import { scanExport } from './scan-export'

/** Part of every scan: results of another version are not read (the cache kind carries it too). */
export const LAYERS_ANALYZER_VERSION = 'layers-2'

export interface LayersService {
  /** Scans the image's export (or answers from the cache at once) and caches the result by image ID. */
  scan(reference: string, signal: AbortSignal, report: ReportProgress): Promise<LayerScan>
  get(reference: string): Promise<LayerScan | null>
  tree(reference: string, layerIndex: number, scope: TreeScope): Promise<{ entries: FileEntry[] }>
  /** The final filesystem of a scanned image; INVALID_INPUT when it was not scanned. */
  finalFiles(reference: string): Promise<{ imageId: string; entries: FileEntry[] }>
}

export interface LayersServiceDeps {
  client: () => Promise<EngineClient>
  cache: () => CacheStore
  /** The base analysis, for whose each layer is; a failure leaves owners 'unknown'. */
  analyze: (reference: string) => Promise<ImageAnalysis>
}

export function createLayersService(deps: LayersServiceDeps): LayersService {
  const imageIdOf = async (reference: string, signal?: AbortSignal): Promise<{ id: string; sizeBytes: number; diffIds: string[] }> => {
    const inspect = await (await deps.client()).inspectImage(reference, { signal })
    return { id: inspect.Id, sizeBytes: inspect.Size, diffIds: inspect.RootFS.Layers ?? [] }
  }
  const scannedOrFail = async (reference: string): Promise<LayerScan> => {
    const scan = readScan(deps.cache(), (await imageIdOf(reference)).id)
    if (scan === null) throw new ApiError('INVALID_INPUT', `${reference} has not been scanned yet: start layers.scan first.`)
    return scan
  }

  const service: LayersService = {
    async scan(reference, signal, report) {
      report('preparing export', 0, null)
      const image = await imageIdOf(reference, signal)
      const cached = readScan(deps.cache(), image.id)
      if (cached !== null && hasAllLayerEntries(deps.cache(), cached)) return cached
      // By ID, not by tag: a tag moved meanwhile must not swap the image under the scan. Asked for
      // first: the engine stages the whole export before its first byte, and the base analysis
      // (whose layers are whose) is done in that wait instead of before it.
      const exporting = (await deps.client()).exportImage(image.id, { signal })
      exporting.catch(() => undefined)
      const analysis = await deps.analyze(image.id).catch(() => null)
      const stream = await exporting
      const { scan, layerEntries } = await scanExport(stream, {
        signal,
        // The export is a little larger than the image (tar headers): the bar stops at full.
        onProgress: (phase, bytesRead) =>
          phase === 'reading layers' ? report(phase, Math.min(bytesRead, image.sizeBytes), image.sizeBytes) : report(phase, 0, null),
        owners: alignedSteps(analysis, image.diffIds).map((step) => step?.owner ?? 'unknown'),
        createdBy: alignedSteps(analysis, image.diffIds).map((step) => step?.createdBy ?? null),
        analyzerVersion: LAYERS_ANALYZER_VERSION,
      })
      const result = { ...scan, imageId: image.id }
      deps.cache().putMany(scanEntries(result, layerEntries))
      return result
    },
    get: async (reference) => readScan(deps.cache(), (await imageIdOf(reference)).id),
    async finalFiles(reference) {
      const scan = await scannedOrFail(reference)
      const top = scan.layers.at(-1)
      return { imageId: scan.imageId, entries: top === undefined ? [] : (await service.tree(reference, top.index, 'cumulative')).entries }
    },
    async tree(reference, layerIndex, scope) {
      const scan = await scannedOrFail(reference)
      if (layerIndex >= scan.layers.length) {
        throw new ApiError('INVALID_INPUT', `${reference} has ${scan.layers.length} layers: there is no layer ${layerIndex}.`)
      }
      const upTo = scope === 'layer' ? [layerIndex] : scan.layers.slice(0, layerIndex + 1).map((layer) => layer.index)
      const lists = upTo.map((index) => readLayerEntries(deps.cache(), scan.imageId, index))
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
