import { createHash } from 'node:crypto'
import type { FileKind } from '../../../shared/model'
import { readEntryPath, readWhiteout } from './entry-path'
import { DecompressingSink } from './layer-sink'
import { kindOf } from './scan-layer'
import { TarWalker, type BodySink, type WalkedHeader } from './tar-walker'

/** What one layer did to the wanted path. */
export type PathEvent =
  | {
      kind: 'entry'
      entryKind: FileKind
      sizeBytes: number
      mode: number | null
      linkTarget: string | null
      /** Regular files: the first `limit` bytes. */
      head: Buffer | null
      /** "sha256:<hex>" of the whole body, when it fitted in `limit`. */
      digest: string | null
    }
  /** A whiteout of the path or a folder above it, an opaque folder above it, or a folder above it replaced by a non-folder. */
  | { kind: 'deleted' }

/** One layer of the export, as the file reader saw it. */
export interface LayerFileCapture {
  /** "sha256:<hex>" of the uncompressed layer tar: which of the image's layers this is. */
  diffId: string
  event: PathEvent | null
}

/**
 * Reads one layer for one path: entries pass through the shared TarWalker, every body is skipped
 * by counting except the wanted file's, of which at most `limit` bytes are kept (the rest is only
 * hashed while it fits, then just counted). The uncompressed bytes are hashed to learn the layer's
 * diff ID, unless the archive path already names it (OCI blobs of plain tars, Podman's files):
 * Engine 20.10 stores layers under v1 IDs in no useful order and lists manifest.json last.
 */
export function createFileCapture(wanted: string, limit: number, knownDiffId: string | null, onDone: (capture: LayerFileCapture) => void) {
  const state: { entry: PathEvent | null; deleted: boolean } = { entry: null, deleted: false }
  const hash = knownDiffId === null ? createHash('sha256') : null
  let capture: LayerFileCapture | null = null
  const walker = new TarWalker((header) => onEntry(header, wanted, limit, state))
  const sink = new DecompressingSink({
    push: (chunk) => {
      hash?.update(chunk)
      walker.write(chunk)
    },
    end: () => {
      walker.end()
      const event = state.entry ?? (state.deleted ? { kind: 'deleted' as const } : null)
      capture = { diffId: knownDiffId ?? `sha256:${(hash as ReturnType<typeof createHash>).digest('hex')}`, event }
      onDone(capture)
    },
  })
  return {
    sink,
    async finish(): Promise<LayerFileCapture | null> {
      await sink.finished()
      return capture
    },
  }
}

function onEntry(header: WalkedHeader, wanted: string, limit: number, state: { entry: PathEvent | null; deleted: boolean }): BodySink | null {
  const name = readEntryPath(header.name)
  if (name.kind !== 'path') return null
  const path = name.path
  const whiteout = readWhiteout(path)
  if (whiteout.kind === 'whiteout') {
    if (covers(whiteout.target, wanted)) state.deleted = true
    return null
  }
  if (whiteout.kind === 'opaque') {
    if (whiteout.directory === '' || wanted.startsWith(`${whiteout.directory}/`)) state.deleted = true
    return null
  }
  if (whiteout.kind === 'internal') return null
  const kind = kindOf(header.typeflag)
  if (path !== wanted) {
    // A folder above the path replaced by a file or a link: what was below it is gone.
    if (kind !== 'directory' && wanted.startsWith(`${path}/`)) state.deleted = true
    return null
  }
  const linkTarget = kind === 'symlink' || kind === 'hardlink' ? header.linkname : null
  const event: PathEvent = { kind: 'entry', entryKind: kind, sizeBytes: kind === 'file' ? header.size : 0, mode: header.mode, linkTarget, head: null, digest: null }
  // A tar may list a name twice: the last one is what the layer leaves.
  state.entry = event
  return kind === 'file' ? bodyReader(event, limit) : null
}

const covers = (target: string, wanted: string): boolean => wanted === target || wanted.startsWith(`${target}/`)

/** Keeps the first `limit` bytes; hashes the body only when all of it fits, so a 1 GB file costs no hashing. */
function bodyReader(event: Extract<PathEvent, { kind: 'entry' }>, limit: number): BodySink {
  const parts: Buffer[] = []
  let kept = 0
  const fits = event.sizeBytes <= limit
  const hash = fits ? createHash('sha256') : null
  return {
    push: (chunk) => {
      hash?.update(chunk)
      if (kept >= limit) return
      const part = chunk.subarray(0, limit - kept)
      parts.push(Buffer.from(part))
      kept += part.length
    },
    end: () => {
      event.head = Buffer.concat(parts)
      event.digest = hash === null ? null : `sha256:${hash.digest('hex')}`
    },
  }
}
