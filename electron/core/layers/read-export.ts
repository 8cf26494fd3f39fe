import { ApiError } from '../../../shared/contract'
import { pumpOf, type ByteSource, type ChunkPump } from './byte-source'
import { normaliseArchivePath } from './export-layout'
import type { DecompressingSink } from './layer-sink'
import type { RawLayer } from './raw-layer'
import { createLayerScan, layerError } from './scan-layer'
import { TarWalker, type BodySink, type WalkedHeader } from './tar-walker'

/** Config, manifest and index files are small; a bigger "JSON" entry is read as a layer instead. */
const JSON_LIMIT = 8 * 1024 * 1024
/** A tar header is one block: its "ustar" magic at 257 tells a layer blob from a JSON one. */
const HEAD_BYTES = 512
/**
 * Legacy `<id>/layer.tar`, OCI blobs and Podman's top-level `<diffid>.tar` (it writes those first
 * and links `<id>/layer.tar` to them) carry layers; VERSION, json, repositories … never do.
 */
const LAYER_PLACE = /(^|\/)layer\.tar$|^blobs\/|^[0-9a-f]{64}\.tar$/

/** Everything the export held, keyed by archive path: order is settled once the manifest is read. */
export interface ExportContents<L = RawLayer> {
  json: Map<string, unknown>
  links: Map<string, string>
  layers: Map<string, L>
}

/** What reads one layer as it passes: its bytes go into `sink`; `finish` gives what it found. */
export interface LayerReader<L> {
  sink: DecompressingSink
  finish(): Promise<L>
}

export interface ReadExportOptions<L> {
  signal?: AbortSignal
  /**
   * Each layer of the export gets its own reader (the file-level scan, or a reader of one file);
   * null: only the JSON documents are wanted (which platforms an index lists), layer bodies skipped.
   */
  openLayer: ((archivePath: string) => LayerReader<L>) | null
  /**
   * Asked after every chunk: true stops reading there (the rest of the export is never asked
   * for) and leaves `layers` holding only the layers that were read to their end.
   */
  isDone?: () => boolean
}

/**
 * Walks the outer archive of `docker save` in one pass: JSON documents are kept, every layer is
 * scanned as it passes, and no layer is ever held whole. The archive may list manifest.json last
 * (Engine 20.10 does), so results are keyed by path, not order. The outer archive goes through the
 * same synchronous TarWalker as the layers: with tar-stream's stream and promise per entry and per
 * chunk, a real image of 20,000 small files spent half its scan waiting between those hops.
 */
export function readExport(source: ByteSource | ChunkPump, signal?: AbortSignal): Promise<ExportContents> {
  return readExportWith(source, { signal, openLayer: createLayerScan })
}

/** readExport with a reader of your choice for the layers, and a way to stop before the end. */
export async function readExportWith<L>(source: ByteSource | ChunkPump, options: ReadExportOptions<L>): Promise<ExportContents<L>> {
  const { signal, isDone } = options
  const contents: ExportContents<L> = { json: new Map(), links: new Map(), layers: new Map() }
  const reader = new OuterReader(contents, options.openLayer)
  const outer = new TarWalker((header) => reader.onEntry(header))
  // Stopping early aborts the pump: the engine's export request ends there.
  const stop = new AbortController()
  const stopIfDone = (): void => void (isDone?.() === true && stop.abort())
  const stoppedEarly = (): boolean => stop.signal.aborted && signal?.aborted !== true
  try {
    // Synchronous per chunk: the walker and every sink copy what they keep, so a pump may hand
    // the next bytes over in the same memory.
    await pumpOf(source).pump((chunk) => {
      outer.write(chunk)
      reader.throwIfFailed()
      const drained = reader.drained()
      if (drained !== null) return drained.then(stopIfDone)
      stopIfDone()
      return null
    }, signal ? AbortSignal.any([signal, stop.signal]) : stop.signal)
    if (stoppedEarly()) return await reader.settleFinished()
    if (signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
    endOuter(outer, reader)
  } catch (error) {
    if (stoppedEarly()) return await reader.settleFinished()
    if (signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
    throw reader.current ? reader.errorInCurrent(error) : exportError(error)
  }
  await reader.settle()
  return contents
}

/** The end of the stream: fine between entries; in the middle of one, that entry is cut short. */
function endOuter<L>(outer: TarWalker, reader: OuterReader<L>): void {
  try {
    outer.end()
  } catch (error) {
    throw reader.current ? reader.errorInCurrent(error) : exportError(error)
  }
}

type Current = { path: string; kind: 'layer' | 'json' }

/** Decides what each outer entry is and gives its body a sink; holds the layers still finishing. */
class OuterReader<L> {
  current: Current | null = null
  private readonly scans: { path: string; scan: LayerReader<L>; isEnded: boolean }[] = []
  /** The layer whose bytes were pushed last: its decompressor may need to drain, or it may have failed. */
  private active: { path: string; scan: LayerReader<L> } | null = null

  constructor(
    private readonly contents: ExportContents<L>,
    private readonly openLayer: ((archivePath: string) => LayerReader<L>) | null,
  ) {}

  onEntry(header: WalkedHeader): BodySink | null {
    const path = normaliseArchivePath(header.name)
    this.current = null
    this.active = null
    if (header.typeflag === '2' && header.linkname) this.contents.links.set(path, header.linkname)
    if (header.typeflag !== '0' && header.typeflag !== '7') return null
    const isLayerPlace = LAYER_PLACE.test(path)
    if (!isLayerPlace) return header.size <= JSON_LIMIT ? this.jsonSink(path) : null
    return new HeadSink(header.size, (head) => {
      if (header.size <= JSON_LIMIT && looksLikeJson(head)) return this.jsonSink(path)
      return this.openLayer ? this.layerSink(path, this.openLayer) : SKIP
    })
  }

  drained(): Promise<void> | null {
    return this.active?.scan.sink.drained() ?? null
  }

  throwIfFailed(): void {
    const failure = this.active?.scan.sink.error ?? null
    if (failure !== null && this.active) throw layerError(this.active.path, failure)
  }

  errorInCurrent(error: unknown): ApiError {
    const current = this.current as Current
    return current.kind === 'layer' ? layerError(current.path, error) : exportError(error, current.path)
  }

  /** Waits for compressed layers still in zlib, and keeps every layer's entries by path. */
  async settle(): Promise<void> {
    for (const { path, scan } of this.scans) this.contents.layers.set(path, await scan.finish())
  }

  /** Stopped early: layers whose body ended are kept; the one cut off lets go of its decompressor. */
  async settleFinished(): Promise<ExportContents<L>> {
    for (const { path, scan, isEnded } of this.scans) {
      if (isEnded) this.contents.layers.set(path, await scan.finish())
      else scan.sink.abandon()
    }
    return this.contents
  }

  private jsonSink(path: string): BodySink {
    this.current = { path, kind: 'json' }
    const parts: Buffer[] = []
    return {
      push: (chunk) => parts.push(Buffer.from(chunk)),
      end: () => {
        this.current = null
        const parsed = parseJson(Buffer.concat(parts).toString('utf8'))
        if (parsed !== undefined) this.contents.json.set(path, parsed)
      },
    }
  }

  private layerSink(path: string, openLayer: (archivePath: string) => LayerReader<L>): BodySink {
    this.current = { path, kind: 'layer' }
    const scan = openLayer(path)
    const entry = { path, scan, isEnded: false }
    this.active = { path, scan }
    this.scans.push(entry)
    return {
      push: (chunk) => scan.sink.push(chunk),
      end: () => {
        this.current = null
        entry.isEnded = true
        scan.sink.end()
      },
    }
  }
}

/** Holds an entry's first bytes until there are enough to decide what it is, then hands everything on. */
class HeadSink implements BodySink {
  private parts: Buffer[] = []
  private length = 0
  private next: BodySink | null = null

  constructor(
    private readonly size: number,
    private readonly choose: (head: Buffer) => BodySink,
  ) {}

  push(chunk: Buffer): void {
    if (this.next) return this.next.push(chunk)
    this.parts.push(Buffer.from(chunk))
    this.length += chunk.length
    if (this.length >= Math.min(HEAD_BYTES, this.size)) this.decide()
  }

  end(): void {
    if (!this.next) this.decide()
    this.next?.end()
  }

  private decide(): void {
    const head = Buffer.concat(this.parts)
    this.parts = []
    this.next = this.choose(head)
    if (head.length > 0) this.next.push(head)
  }
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

/** A layer body nobody reads (only the export's JSON documents were asked for). */
const SKIP: BodySink = { push: () => undefined, end: () => undefined }
