import { ApiError } from '../../../shared/contract'
import type { FileKind } from '../../../shared/model'
import type { ByteSource } from './byte-source'
import { readEntryPath, readWhiteout } from './entry-path'
import { CAPTURE_TEXT_LIMIT, captureRuleFor, PackageCounter } from './fact-capture'
import { DecompressingSink } from './layer-sink'
import { createPackageParser } from './package-records'
import { packageRuleFor } from './package-rules'
import { emptyRawLayer, type RawLayer } from './raw-layer'
import { TarWalker, type BodySink, type WalkedHeader } from './tar-walker'

/** Enough examples of a hostile name to show what it is, not all 200,000 of them. */
const EXAMPLES_KEPT = 5

/** One layer being scanned: push its (possibly compressed) bytes into `sink`, then `finish`. */
export interface LayerScan {
  sink: DecompressingSink
  /** The layer's entries once every byte went through; rejects, naming the layer, when they cannot. */
  finish(): Promise<RawLayer>
}

/**
 * Records one layer's entries as its bytes pass (a plain tar, or gzip or zstd undone on the way);
 * nothing is extracted or written anywhere. Bodies are skipped by counting, except the few files
 * read for the facts (see TarWalker for why this is not tar-stream).
 */
export function createLayerScan(archivePath: string): LayerScan {
  const layer = emptyRawLayer(archivePath)
  const walker = new TarWalker((header) => readEntry(header, layer))
  const sink = new DecompressingSink({ push: (chunk) => walker.write(chunk), end: () => walker.end() })
  return {
    sink,
    async finish() {
      try {
        await sink.finished()
      } catch (error) {
        throw layerError(archivePath, error)
      }
      return layer
    },
  }
}

/** Scans one layer from a stream of its bytes: the export reader feeds createLayerScan directly. */
export async function scanLayer(archivePath: string, source: ByteSource, signal?: AbortSignal): Promise<RawLayer> {
  const scan = createLayerScan(archivePath)
  try {
    for await (const chunk of source) {
      if (signal?.aborted || scan.sink.error !== null) break
      scan.sink.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      await scan.sink.drained()
    }
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    throw layerError(archivePath, error)
  }
  if (signal?.aborted) throw signal.reason
  scan.sink.end()
  return scan.finish()
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

function readEntry(header: WalkedHeader, layer: RawLayer): BodySink | null {
  const name = readEntryPath(header.name)
  if (name.kind !== 'path') {
    if (name.kind === 'escapes') {
      layer.escapingCount += 1
      if (layer.escapingNames.length < EXAMPLES_KEPT) layer.escapingNames.push(header.name.slice(0, 200))
    }
    return null
  }
  if (name.wasAbsolute) layer.absoluteCount += 1
  const whiteout = readWhiteout(name.path)
  if (whiteout.kind !== 'none') {
    if (whiteout.kind === 'whiteout') layer.whiteouts.push(whiteout.target)
    if (whiteout.kind === 'opaque') layer.opaqueDirs.push(whiteout.directory)
    return null
  }
  const kind = kindOf(header.typeflag)
  const sizeBytes = kind === 'file' ? header.size : 0
  const linkTarget = kind === 'symlink' || kind === 'hardlink' ? header.linkname : null
  layer.records.push({ path: name.path, kind, sizeBytes, linkTarget, mode: header.mode })
  return kind === 'file' ? bothSinks(captureSink(name.path, sizeBytes, layer), packageSink(name.path, layer)) : null
}

/** A package database is read for the inventory; dpkg's and apk's are also counted for the facts. */
function packageSink(path: string, layer: RawLayer): BodySink | null {
  const rule = packageRuleFor(path)
  if (rule === null) return null
  const parser = createPackageParser(rule, path)
  return { push: (chunk) => parser.push(chunk), end: () => void layer.packageDatabases.set(path, parser.end()) }
}

function bothSinks(first: BodySink | null, second: BodySink | null): BodySink | null {
  if (first === null || second === null) return first ?? second
  return {
    push: (chunk) => {
      first.push(chunk)
      second.push(chunk)
    },
    end: () => {
      first.end()
      second.end()
    },
  }
}

/** The body of a file read for the facts; null (skipped unread) for every other file. */
function captureSink(path: string, sizeBytes: number, layer: RawLayer): BodySink | null {
  const rule = captureRuleFor(path)
  if (rule === 'text' && sizeBytes <= CAPTURE_TEXT_LIMIT) {
    const parts: Buffer[] = []
    return {
      push: (chunk) => parts.push(Buffer.from(chunk)),
      end: () => layer.texts.set(path, Buffer.concat(parts).toString('utf8')),
    }
  }
  if (rule === 'dpkg-status' || rule === 'apk-installed') {
    const counter = new PackageCounter(rule)
    return { push: (chunk) => counter.push(chunk), end: () => layer.packageCounts.set(path, counter.finish()) }
  }
  return null
}

export function kindOf(typeflag: string): FileKind {
  switch (typeflag) {
    case '0':
    case '7':
      return 'file'
    case '5':
      return 'directory'
    case '2':
      return 'symlink'
    case '1':
      return 'hardlink'
    default:
      return 'other'
  }
}
