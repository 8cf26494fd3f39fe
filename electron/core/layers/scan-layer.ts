import { pipeline } from 'node:stream/promises'
import { extract as tarExtract, type Header } from 'tar-stream'
import { bodyOf, type TarEntry } from './tar-entry'
import { ApiError } from '../../../shared/contract'
import type { FileKind } from '../../../shared/model'
import { drain, peek, readAll, type ByteSource } from './byte-source'
import { readEntryPath, readWhiteout } from './entry-path'
import { CAPTURE_TEXT_LIMIT, captureRuleFor, PackageCounter } from './fact-capture'
import { decompressorFor } from './layer-compression'
import { emptyRawLayer, type RawLayer } from './raw-layer'

/** Enough examples of a hostile name to show what it is, not all 200,000 of them. */
const EXAMPLES_KEPT = 5

/**
 * Streams one layer (plain tar, or gzip undone on the way) and records its entries; nothing is
 * extracted or written anywhere. Every entry body is read or drained so the tar parser moves on.
 */
export async function scanLayer(archivePath: string, source: ByteSource, signal?: AbortSignal): Promise<RawLayer> {
  const layer = emptyRawLayer(archivePath)
  const { head, rest } = await peek(source, 512)
  if (head.length === 0) {
    await drain(rest)
    return layer
  }
  const decompressor = decompressorFor(head, archivePath)
  const extract = tarExtract()
  const options = signal ? { signal } : {}
  const feeding = decompressor ? pipeline(rest, decompressor, extract, options) : pipeline(rest, extract, options)
  const reading = (async () => {
    for await (const entry of extract) await readEntry(entry, layer)
  })()
  const [fed, read] = await Promise.allSettled([feeding, reading])
  if (signal?.aborted) throw signal.reason
  const failure = read.status === 'rejected' ? read.reason : fed.status === 'rejected' ? fed.reason : null
  if (failure !== null) throw layerError(archivePath, failure)
  return layer
}

/** Errors name the layer; a stream that stops short says so plainly. */
export function layerError(archivePath: string, error: unknown): ApiError {
  if (error instanceof ApiError) return error
  const reason = error instanceof Error ? error.message : String(error)
  if (/unexpected end|premature close|aborted/i.test(reason)) {
    return new ApiError('INVALID_INPUT', `Layer ${archivePath} is cut short: the archive ends in the middle of it (${reason}).`)
  }
  return new ApiError('INVALID_INPUT', `Layer ${archivePath} could not be read as a tar archive: ${reason}.`)
}

async function readEntry(entry: TarEntry, layer: RawLayer): Promise<void> {
  const { header } = entry
  const name = readEntryPath(header.name)
  if (name.kind !== 'path') {
    if (name.kind === 'escapes') {
      layer.escapingCount += 1
      if (layer.escapingNames.length < EXAMPLES_KEPT) layer.escapingNames.push(header.name.slice(0, 200))
    }
    return drain(bodyOf(entry))
  }
  if (name.wasAbsolute) layer.absoluteCount += 1
  const whiteout = readWhiteout(name.path)
  if (whiteout.kind !== 'none') {
    if (whiteout.kind === 'whiteout') layer.whiteouts.push(whiteout.target)
    if (whiteout.kind === 'opaque') layer.opaqueDirs.push(whiteout.directory)
    return drain(bodyOf(entry))
  }
  const kind = kindOf(header.type)
  const sizeBytes = kind === 'file' ? header.size ?? 0 : 0
  const linkTarget = kind === 'symlink' || kind === 'hardlink' ? header.linkname ?? '' : null
  layer.records.push({ path: name.path, kind, sizeBytes, linkTarget })
  if (kind === 'file') return capture(entry, name.path, sizeBytes, layer)
  return drain(bodyOf(entry))
}

async function capture(entry: TarEntry, path: string, sizeBytes: number, layer: RawLayer): Promise<void> {
  const rule = captureRuleFor(path)
  if (rule === 'text' && sizeBytes <= CAPTURE_TEXT_LIMIT) {
    layer.texts.set(path, (await readAll(bodyOf(entry), CAPTURE_TEXT_LIMIT, path)).toString('utf8'))
  } else if (rule === 'dpkg-status' || rule === 'apk-installed') {
    const counter = new PackageCounter(rule)
    for await (const chunk of bodyOf(entry)) counter.push(chunk)
    layer.packageCounts.set(path, counter.finish())
  } else {
    await drain(bodyOf(entry))
  }
}

function kindOf(type: Header['type'] | undefined | null): FileKind {
  switch (type) {
    case 'file':
    case 'contiguous-file':
    case undefined:
    case null:
      return 'file'
    case 'directory':
      return 'directory'
    case 'symlink':
      return 'symlink'
    case 'link':
      return 'hardlink'
    default:
      return 'other'
  }
}
