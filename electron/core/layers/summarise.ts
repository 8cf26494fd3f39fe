import type { FileEntry, LayerScan, PackageInventory, ScannedLayer, ScanPlatform, WastedFile } from '../../../shared/model'
import { readFileFacts } from './file-facts'
import type { ImageConfigFacts } from './image-config'
import { absentPlatformsWarning } from './index-platforms'
import { readInventory } from './package-inventory'
import type { RawLayer } from './raw-layer'
import { replayLayers } from './replay'

/** How many wasted files a LayerScan lists, largest first; `wastedFileCount` has the full count. */
export const WASTED_FILES_LIMIT = 500

export type LayerOwner = ScannedLayer['owner']

export interface SummaryInput {
  imageId: string
  analyzerVersion: string
  scannedAt: string
  /** The layers in image order. */
  layers: readonly RawLayer[]
  config: ImageConfigFacts
  /** The platforms the image's index lists, the one scanned marked (empty for one platform). */
  platforms?: readonly ScanPlatform[]
  /** Per layer index, from the base analysis; 'unknown' where missing. */
  owners: readonly LayerOwner[]
  /** Per layer index: the history step that made it (null where unaligned). */
  createdBy: readonly (string | null)[]
}

export interface Summary {
  scan: LayerScan
  /** Each layer's own entries with their change: what `layers.tree` answers from. */
  layerEntries: FileEntry[][]
  /** Every package the final filesystem's databases list, with the layer that installed it. */
  packages: PackageInventory
}

/** Replays the layers and states what they cost: waste once per lost copy, facts of the top. */
export function summarise(input: SummaryInput): Summary {
  const { layerEntries, lost, final } = replayLayers(input.layers)
  const owner = (index: number): LayerOwner => input.owners[index] ?? 'unknown'
  // Waste belongs to whoever lost the copy: the base's when its own layers overwrote or deleted it
  // (nothing this image can change but its base), the image's when one of its steps did.
  const wasted: WastedFile[] = lost.map((copy) => ({ ...copy, owner: owner(copy.byLayerIndex) }))
  const wastedByLayer = input.layers.map(() => 0)
  for (const copy of lost) wastedByLayer[copy.layerIndex] = (wastedByLayer[copy.layerIndex] ?? 0) + copy.sizeBytes
  const layers = input.layers.map((layer, index) => scannedLayer(layer, index, layerEntries[index] ?? [], wastedByLayer[index] ?? 0, input))
  const totalBytes = sum(layers.map((layer) => layer.sizeBytes))
  const wastedBytes = sum(wasted.map((copy) => copy.sizeBytes))
  const scan: LayerScan = {
    imageId: input.imageId,
    platforms: [...(input.platforms ?? [])],
    analyzerVersion: input.analyzerVersion,
    scannedAt: input.scannedAt,
    totalBytes,
    finalBytes: totalBytes - wastedBytes,
    wastedBytes,
    baseWastedBytes: sum(wasted.filter((copy) => copy.owner === 'base').map((copy) => copy.sizeBytes)),
    ownWastedBytes: sum(wasted.filter((copy) => copy.owner === 'own').map((copy) => copy.sizeBytes)),
    efficiency: totalBytes === 0 ? 1 : (totalBytes - wastedBytes) / totalBytes,
    layers,
    wastedFiles: [...wasted].sort(bySizeThenPath).slice(0, WASTED_FILES_LIMIT),
    wastedFileCount: wasted.length,
    facts: readFileFacts({ final, layers: input.layers, env: input.config.env }),
    warnings: [...platformWarnings(input.platforms ?? []), ...input.layers.flatMap((layer, index) => warningsOf(layer, index))],
  }
  const packages = readInventory({ imageId: input.imageId, final, layers: input.layers, osRelease: scan.facts.osRelease })
  return { scan, layerEntries, packages }
}

function scannedLayer(layer: RawLayer, index: number, entries: FileEntry[], wastedBytes: number, input: SummaryInput): ScannedLayer {
  // Folders are left out of the counts: a layer "modifies" every parent folder of what it adds.
  const counted = entries.filter((entry) => entry.kind !== 'directory' || entry.change === 'removed')
  return {
    index,
    diffId: input.config.diffIds[index] ?? '',
    createdBy: input.createdBy[index] ?? input.config.layerSteps[index] ?? null,
    sizeBytes: sum(layer.records.map((record) => record.sizeBytes)),
    fileCount: entries.filter((entry) => entry.kind !== 'directory' && entry.change !== 'removed').length,
    added: counted.filter((entry) => entry.change === 'added').length,
    modified: counted.filter((entry) => entry.change === 'modified').length,
    removed: counted.filter((entry) => entry.change === 'removed').length,
    wastedBytes,
    owner: input.owners[index] ?? 'unknown',
  }
}

/** A person must hear of names Docker itself would refuse or re-root, not find them silently gone. */
function platformWarnings(platforms: readonly ScanPlatform[]): string[] {
  const warning = absentPlatformsWarning(platforms, platforms.find((entry) => entry.isScanned)?.platform ?? null)
  return warning === null ? [] : [warning]
}

function warningsOf(layer: RawLayer, index: number): string[] {
  const warnings: string[] = []
  if (layer.escapingCount > 0) {
    warnings.push(
      `Layer ${index} holds ${layer.escapingCount} name(s) that climb out of the root with "..", e.g. ${layer.escapingNames.join(', ')}: ` +
        'they are left out of the tree (Docker clamps them at the root, so a container may show a file this tree does not).',
    )
  }
  if (layer.absoluteCount > 0) {
    warnings.push(`Layer ${index} holds ${layer.absoluteCount} absolute name(s) ("/etc/…"): read from the root, as Docker applies them.`)
  }
  return warnings
}

function sum(values: readonly number[]): number {
  let total = 0
  for (const value of values) total += value
  return total
}

function bySizeThenPath(a: WastedFile, b: WastedFile): number {
  return b.sizeBytes - a.sizeBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.layerIndex - b.layerIndex)
}
