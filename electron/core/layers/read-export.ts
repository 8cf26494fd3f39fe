import { pipeline } from 'node:stream/promises'
import { extract as tarExtract } from 'tar-stream'
import { bodyOf, type TarEntry } from './tar-entry'
import { ApiError } from '../../../shared/contract'
import { drain, peek, readAll, type ByteSource } from './byte-source'
import { normaliseArchivePath } from './export-layout'
import type { RawLayer } from './raw-layer'
import { scanLayer } from './scan-layer'

/** Config, manifest and index files are small; a bigger "JSON" entry is read as a layer instead. */
const JSON_LIMIT = 8 * 1024 * 1024
/**
 * Legacy `<id>/layer.tar`, OCI blobs and Podman's top-level `<diffid>.tar` (it writes those first
 * and links `<id>/layer.tar` to them) carry layers; VERSION, json, repositories … never do.
 */
const LAYER_PLACE = /(^|\/)layer\.tar$|^blobs\/|^[0-9a-f]{64}\.tar$/

/** Everything the export held, keyed by archive path: order is settled once the manifest is read. */
export interface ExportContents {
  json: Map<string, unknown>
  links: Map<string, string>
  layers: Map<string, RawLayer>
}

/**
 * Walks the outer archive of `docker save` in one pass: JSON documents are kept, every layer is
 * streamed through its own tar parser as it passes, and no layer is ever held whole. The archive
 * may list manifest.json last (Engine 20.10 does), so results are keyed by path, not order.
 */
export async function readExport(source: ByteSource, signal?: AbortSignal): Promise<ExportContents> {
  const contents: ExportContents = { json: new Map(), links: new Map(), layers: new Map() }
  const outer = tarExtract()
  const feeding = pipeline(source, outer, signal ? { signal } : {})
  const reading = (async () => {
    for await (const entry of outer) await readOuterEntry(entry, contents, signal)
  })().catch((error: unknown) => {
    // Stop the download too: the error is known, the rest of the export is not needed.
    outer.destroy(error instanceof Error ? error : new Error(String(error)))
    throw error
  })
  const [fed, read] = await Promise.allSettled([feeding, reading])
  if (signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
  if (read.status === 'rejected') throw read.reason
  if (fed.status === 'rejected') throw exportError(fed.reason)
  return contents
}

async function readOuterEntry(entry: TarEntry, contents: ExportContents, signal: AbortSignal | undefined): Promise<void> {
  const { header } = entry
  const path = normaliseArchivePath(header.name)
  if (header.type === 'symlink' && header.linkname) contents.links.set(path, header.linkname)
  if (header.type !== 'file' && header.type !== 'contiguous-file') return drain(bodyOf(entry))
  const size = header.size ?? 0
  const { head, rest } = await peek(bodyOf(entry), 512)
  const isLayerPlace = LAYER_PLACE.test(path)
  if (size <= JSON_LIMIT && (!isLayerPlace || looksLikeJson(head))) {
    const text = (await readAll(rest, JSON_LIMIT, path).catch((error: unknown) => Promise.reject(exportError(error, path)))).toString('utf8')
    const parsed = parseJson(text)
    if (parsed !== undefined) contents.json.set(path, parsed)
    return
  }
  if (!isLayerPlace) return drain(rest)
  contents.layers.set(path, await scanLayer(path, rest, signal))
}

/** A blob starting with "{" is a manifest, index or config; a tar header says "ustar" at offset 257. */
function looksLikeJson(head: Buffer): boolean {
  if (head.subarray(257, 262).toString('latin1') === 'ustar') return false
  const first = head.toString('utf8', 0, Math.min(head.length, 16)).trimStart()[0]
  return first === '{' || first === '['
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function exportError(error: unknown, where?: string): ApiError {
  if (error instanceof ApiError) return error
  const reason = error instanceof Error ? error.message : String(error)
  if (/unexpected end|premature close/i.test(reason)) {
    return new ApiError('INVALID_INPUT', `The image export is cut short${where ? ` in ${where}` : ''} (${reason}).`)
  }
  return new ApiError('INVALID_INPUT', `The image export could not be read as a tar archive: ${reason}.`)
}
