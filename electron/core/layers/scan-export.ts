import { ApiError } from '../../../shared/contract'
import { countingPump, type ByteSource, type ChunkPump } from './byte-source'
import { resolveLayout } from './export-layout'
import { readImageConfig } from './image-config'
import { readExport } from './read-export'
import { summarise, type LayerOwner, type Summary } from './summarise'

export type ScanPhase = 'reading layers' | 'summarising'

export interface ScanExportOptions {
  /** Aborting stops the read at once; the scan rejects with ApiError CANCELLED. */
  signal?: AbortSignal
  /** Bytes of the export read so far, as they arrive; then 'summarising' once. */
  onProgress?: (phase: ScanPhase, bytesRead: number) => void
  /** Who owns each layer (from the base analysis), by index; 'unknown' where absent. */
  owners?: readonly LayerOwner[]
  /** The history step of each layer, by index; the export's config history where absent. */
  createdBy?: readonly (string | null)[]
  /** "linux/amd64": which platform of a multi-platform image to read; the export's default when absent. */
  platform?: string | null
  /** Stamped on the result. */
  analyzerVersion?: string
  now?: () => Date
}

/** The scan of one exported image: the summary, and each layer's own entries for the tree view. */
export type ExportScan = Summary

/**
 * Scans the bytes of `docker save` / GET /images/{name}/get for one image, in one pass and in
 * bounded memory: nothing is extracted and nothing is written to disk. Rejects with ApiError
 * INVALID_INPUT for what is not a readable export (cut short, a bad compressed stream, no manifest), naming the
 * layer when one is at fault, and with CANCELLED when `signal` aborts.
 */
export async function scanExport(source: ByteSource | ChunkPump, options: ScanExportOptions = {}): Promise<ExportScan> {
  const { signal, onProgress } = options
  const contents = await readExport(countingPump(source, (bytesRead) => onProgress?.('reading layers', bytesRead), signal), signal)
  onProgress?.('summarising', 0)
  const layout = resolveLayout(contents, options.platform ?? null)
  const layers = layout.layerPaths.map((path) => {
    const layer = contents.layers.get(path)
    if (!layer) throw new ApiError('INVALID_INPUT', `The export lists layer ${path} but does not hold it: it is cut short or incomplete.`)
    return layer
  })
  const configDoc = contents.json.get(layout.configPath)
  if (configDoc === undefined) throw new ApiError('INVALID_INPUT', `The export lists the image config ${layout.configPath} but does not hold it.`)
  return summarise({
    imageId: layout.imageId ?? '',
    analyzerVersion: options.analyzerVersion ?? '',
    scannedAt: (options.now?.() ?? new Date()).toISOString(),
    layers,
    platforms: layout.platforms,
    config: readImageConfig(configDoc),
    owners: options.owners ?? [],
    createdBy: options.createdBy ?? [],
  })
}
