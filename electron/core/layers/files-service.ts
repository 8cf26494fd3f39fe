import { createHash } from 'node:crypto'
import { ApiError } from '../../../shared/contract'
import { FILE_READ_MAX_BYTES } from '../../../shared/contract/limits'
import type { FileComparison, FileContent, FileEntry } from '../../../shared/model'
import type { CacheStore } from '../cache'
import type { EngineClient } from '../engine/engine-api-types'
import type { ReportProgress } from '../operations/operations'
import { readEntryPath } from './entry-path'
import { compareFiles } from './compare-files'
import { diffVersions } from './file-diff'
import { readFileVersions } from './read-file'

/** The cache kind of one file read: the layer and a hash of the path (paths run to 4 kB). */
const contentKind = (layerIndex: number, path: string): string =>
  `file-content/1/${layerIndex}/${createHash('sha256').update(path).digest('hex')}`
/** The digest of a path in the final filesystem, for the file-by-file compare. */
export const finalDigestKind = (path: string): string => `file-digest/1/${createHash('sha256').update(path).digest('hex')}`

export interface FilesService {
  /** Reads one file of one layer from the engine's export (or the cache), as an operation's job. */
  read(reference: string, layerIndex: number | null, path: string, signal: AbortSignal, report: ReportProgress): Promise<FileContent>
  /** What `read` cached; null when it was not read yet. */
  get(reference: string, layerIndex: number | null, path: string): Promise<FileContent | null>
  /** Two scanned images file by file: what moving from `from` to `to` adds, removes and changes. */
  compare(from: string, to: string): Promise<FileComparison>
}

export interface FilesServiceDeps {
  client: () => Promise<EngineClient>
  cache: () => CacheStore
  /** The final filesystem of a scanned image (the layers service); INVALID_INPUT when not scanned. */
  finalFiles: (reference: string) => Promise<{ imageId: string; entries: FileEntry[] }>
  /** At most this many bytes of a file are read; FILE_READ_MAX_BYTES by default. */
  limit?: number
}

interface Located {
  imageId: string
  sizeBytes: number
  diffIds: string[]
  layerIndex: number
  path: string
}

export function createFilesService(deps: FilesServiceDeps): FilesService {
  const limit = deps.limit ?? FILE_READ_MAX_BYTES
  const locate = async (reference: string, layerIndex: number | null, path: string, signal?: AbortSignal): Promise<Located> => {
    const inspect = await (await deps.client()).inspectImage(reference, { signal })
    const diffIds = inspect.RootFS.Layers ?? []
    const index = layerIndex ?? diffIds.length - 1
    if (index < 0 || index >= diffIds.length) {
      throw new ApiError('INVALID_INPUT', `${reference} has ${diffIds.length} layers: there is no layer ${index}.`)
    }
    return { imageId: inspect.Id, sizeBytes: inspect.Size, diffIds, layerIndex: index, path: normalisePath(path) }
  }

  return {
    async read(reference, layerIndex, path, signal, report) {
      report('preparing export', 0, null)
      const at = await locate(reference, layerIndex, path, signal)
      const kind = contentKind(at.layerIndex, at.path)
      const cached = deps.cache().get<FileContent>(kind, at.imageId)
      if (cached !== null) return cached
      // By ID, not by tag: a tag moved meanwhile must not swap the image under the read.
      const stream = await (await deps.client()).exportImage(at.imageId, { signal })
      const versions = await readFileVersions(stream, {
        diffIds: at.diffIds,
        layerIndex: at.layerIndex,
        path: at.path,
        limit,
        signal,
        onProgress: (bytesRead) => report('reading layers', Math.min(bytesRead, at.sizeBytes), at.sizeBytes),
      })
      const content: FileContent = {
        imageId: at.imageId,
        path: at.path,
        layerIndex: at.layerIndex,
        current: versions.current,
        previous: versions.previous,
        diff: diffVersions(versions.previous, versions.current, at.path),
      }
      deps.cache().put(kind, at.imageId, content)
      const isFinal = at.layerIndex === at.diffIds.length - 1
      if (isFinal && versions.current?.digest) deps.cache().put(finalDigestKind(at.path), at.imageId, versions.current.digest)
      return content
    },
    async get(reference, layerIndex, path) {
      const at = await locate(reference, layerIndex, path)
      return deps.cache().get<FileContent>(contentKind(at.layerIndex, at.path), at.imageId)
    },
    async compare(from, to) {
      const [before, after] = [await deps.finalFiles(from), await deps.finalFiles(to)]
      return compareFiles(
        { reference: from, ...before },
        { reference: to, ...after },
        (imageId, path) => deps.cache().get<string>(finalDigestKind(path), imageId),
      )
    },
  }
}

/** "/etc/os-release", "etc//os-release" and "./etc/os-release" name one path; "/" and ".." out of the root name none. */
function normalisePath(path: string): string {
  const read = readEntryPath(path)
  if (read.kind !== 'path') throw new ApiError('INVALID_INPUT', `"${path.slice(0, 200)}" does not name a file inside the image.`)
  return read.path
}
