import { ApiError } from '../../../shared/contract'
import type { FileVersion } from '../../../shared/model'
import { countingPump, type ByteSource, type ChunkPump } from './byte-source'
import { createFileCapture, type LayerFileCapture, type PathEvent } from './file-capture'
import { readExportWith } from './read-export'

export interface ReadFileRequest {
  /** The image's diff IDs, bottom first (RootFS.Layers). */
  diffIds: readonly string[]
  /** The layer the file is asked for: its version as of that layer. */
  layerIndex: number
  /** Normalised: relative to the root, no leading slash. */
  path: string
  /** Bytes of a file kept at most. */
  limit: number
  signal?: AbortSignal
  /** Bytes of the export read so far. */
  onProgress?: (bytesRead: number) => void
}

export interface FileVersions {
  current: FileVersion | null
  previous: FileVersion | null
  /** Whether the export was left before its end (everything needed was read). */
  stoppedEarly: boolean
}

/**
 * The path's version as of one layer, and the one before it, from one pass over the export. Layers
 * arrive in any order (Engine 20.10 names them by v1 IDs), so each is identified by its diff ID as
 * it ends; reading stops once every layer from the asked one down to the second version found (or
 * the bottom) has passed. Of the file bodies, only the two versions that can still matter are
 * kept: memory stays near three times the limit whatever the image.
 */
export async function readFileVersions(source: ByteSource | ChunkPump, request: ReadFileRequest): Promise<FileVersions> {
  const keeper = new VersionKeeper(request.diffIds, request.layerIndex)
  const known = new Set(request.diffIds)
  await readExportWith(countingPump(source, (bytesRead) => request.onProgress?.(bytesRead), request.signal), {
    signal: request.signal,
    openLayer: (archivePath) => createFileCapture(request.path, request.limit, knownDiffId(archivePath, known), (capture) => keeper.add(capture)),
    isDone: () => keeper.isDone(),
  }).catch((error: unknown) => {
    if (request.signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
    throw error
  })
  const [current, previous] = keeper.versions()
  return { current: current ?? null, previous: previous ?? null, stoppedEarly: keeper.isDone() }
}

/** OCI blobs of plain tars and Podman's `<diffid>.tar` are named by the diff ID itself. */
function knownDiffId(archivePath: string, known: ReadonlySet<string>): string | null {
  const hex = /([0-9a-f]{64})(\.tar)?$/.exec(archivePath)?.[1]
  const diffId = hex === undefined ? null : `sha256:${hex}`
  return diffId !== null && known.has(diffId) ? diffId : null
}

/** Which layers have passed, and the events of the two highest ones at or below the asked layer. */
class VersionKeeper {
  private readonly indexes = new Map<string, number[]>()
  private readonly seen = new Set<number>()
  private readonly events = new Map<number, PathEvent>()

  constructor(diffIds: readonly string[], private readonly top: number) {
    diffIds.forEach((diffId, index) => {
      if (index <= top) this.indexes.set(diffId, [...(this.indexes.get(diffId) ?? []), index])
    })
  }

  add(capture: LayerFileCapture | null): void {
    if (capture === null) return
    for (const index of this.indexes.get(capture.diffId) ?? []) {
      this.seen.add(index)
      if (capture.event !== null) this.events.set(index, capture.event)
    }
    this.forgetLowerBodies()
  }

  /** Done once, from the asked layer down, two versions were found or the bottom reached, every layer on the way seen. */
  isDone(): boolean {
    let found = 0
    for (let index = this.top; index >= 0; index -= 1) {
      if (!this.seen.has(index)) return false
      if (this.events.has(index) && ++found === 2) return true
    }
    return true
  }

  /** The highest event at or below the asked layer, then the one below it. */
  versions(): FileVersion[] {
    return [...this.events.keys()].sort((a, b) => b - a).slice(0, 2).map((index) => toVersion(index, this.events.get(index) as PathEvent))
  }

  /** Only the two highest versions can be shown: the bodies of lower ones are let go. */
  private forgetLowerBodies(): void {
    const order = [...this.events.keys()].sort((a, b) => b - a)
    for (const index of order.slice(2)) {
      const event = this.events.get(index)
      if (event?.kind === 'entry') event.head = null
      this.events.delete(index)
    }
  }
}

function toVersion(layerIndex: number, event: PathEvent): FileVersion {
  if (event.kind === 'deleted') {
    return { layerIndex, state: 'deleted', sizeBytes: 0, mode: null, linkTarget: null, contentBase64: null, isCut: false, digest: null }
  }
  const head = event.head
  return {
    layerIndex,
    state: event.entryKind,
    sizeBytes: event.sizeBytes,
    mode: event.mode,
    linkTarget: event.linkTarget,
    contentBase64: head === null ? null : head.toString('base64'),
    isCut: head !== null && head.length < event.sizeBytes,
    digest: event.digest,
  }
}
