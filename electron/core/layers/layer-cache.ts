import type { FileChange, FileEntry, FileKind, LayerScan } from '../../../shared/model'
import type { CacheEntryInput, CacheStore } from '../cache'

/**
 * The scan summary under one kind, each layer's entries under a kind of its own, so the tree of
 * one layer reads one entry. The version in the kind retires old results when the scanner changes.
 */
// Scan 2: scans also store the package inventory (package-cache.ts); a scan of 1 has none, so it is not shown.
export const LAYER_SCAN_KIND = 'layer-scan/2'
// Files 2: each entry carries its tar mode (the file-by-file compare reads it).
const layerFilesKind = (index: number): string => `layer-files/2/${index}`

/** [path, kind, size, change, link target, mode]: a third of the JSON of the same objects, for 200,000 entries. */
type Row = [string, string, number, string | null, string | null, number | null]

const KIND_CODES: Record<FileKind, string> = { file: 'f', directory: 'd', symlink: 'l', hardlink: 'h', other: 'o' }
const CHANGE_CODES: Record<FileChange, string> = { added: 'a', modified: 'm', removed: 'r' }
const KINDS = new Map(Object.entries(KIND_CODES).map(([kind, code]) => [code, kind as FileKind]))
const CHANGES = new Map(Object.entries(CHANGE_CODES).map(([change, code]) => [code, change as FileChange]))

/** `subject`: the image ID, with the platform scanned when the image has several (cache/engine-scoped-cache.ts). */
export function scanEntries(scan: LayerScan, layerEntries: readonly FileEntry[][], subject = scan.imageId): CacheEntryInput[] {
  return [
    ...layerEntries.map((entries, index) => ({ kind: layerFilesKind(index), imageId: subject, value: entries.map(toRow) })),
    // Last, so a reader that finds the summary finds the files too.
    { kind: LAYER_SCAN_KIND, imageId: subject, value: scan },
  ]
}

/** A layer's stored entries; null when they are not in the cache (never scanned, or evicted by the size cap). */
export function readLayerEntries(cache: CacheStore, imageId: string, index: number): FileEntry[] | null {
  const rows = cache.get<Row[]>(layerFilesKind(index), imageId)
  return rows === null ? null : rows.map(fromRow)
}

export function readScan(cache: CacheStore, imageId: string): LayerScan | null {
  return cache.get<LayerScan>(LAYER_SCAN_KIND, imageId)
}

/** Whether every layer's entries are still cached (the size cap may have let some go). Reads them all. */
export function hasAllLayerEntries(cache: CacheStore, scan: LayerScan, subject = scan.imageId): boolean {
  return scan.layers.every((layer) => cache.get<Row[]>(layerFilesKind(layer.index), subject) !== null)
}

function toRow(entry: FileEntry): Row {
  return [entry.path, KIND_CODES[entry.kind], entry.sizeBytes, entry.change === null ? null : CHANGE_CODES[entry.change], entry.linkTarget, entry.mode ?? null]
}

function fromRow([path, kind, sizeBytes, change, linkTarget, mode]: Row): FileEntry {
  return { path, kind: KINDS.get(kind) ?? 'other', sizeBytes, change: change === null ? null : CHANGES.get(change) ?? null, linkTarget, mode: mode ?? null }
}
