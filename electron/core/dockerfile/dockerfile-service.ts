import { dirname } from 'node:path'
import { ApiError, type OpenedDockerfile, type RecentDockerfile } from '../../../shared/contract'
import type { DockerfileAnalysis, ImageList } from '../../../shared/model'
import type { Catalog } from '../catalog/catalog'
import { analyzeDockerfile } from './analyze-dockerfile'
import { readDockerfilePath } from './input'
import { createRecentFiles } from './recent-files'

export interface DockerfileService {
  /** The bytes as dropped or opened (base64): the core judges them, INVALID_INPUT when unfit. */
  analyze(contentBase64: string, name?: string): Promise<DockerfileAnalysis>
  recent(): Promise<{ files: RecentDockerfile[] }>
  /** Reads again one of the recent files; any other path is refused (the renderer never picks paths). */
  openRecent(path: string): Promise<OpenedDockerfile>
  /** File › Open: main's native dialog chose the path; it becomes the newest recent file. */
  openPath(path: string): Promise<OpenedDockerfile>
  /** The folder of the newest recent file: where File › Open starts; null before the first. */
  lastFolder(): Promise<string | null>
  /** The CLI's `baseline dockerfile PATH`: read and analyse, without touching the recent list. */
  analyzePath(path: string): Promise<DockerfileAnalysis>
}

export interface DockerfileServiceDeps {
  /** Where recent-dockerfiles.json lives. */
  dataDir: string
  /** Local images for sizes and hierarchy; a failure (no engine) only means the analysis goes without. */
  listImages?: () => Promise<ImageList>
  /** Loaded on the first analysis, not at start-up. */
  catalog: () => Catalog
  /** The measured size and hierarchy of a final base that is present locally; null when it is not. */
  localBase?: (reference: string) => Promise<DockerfileAnalysis['localBase']>
  warn: (message: string) => void
}

export function createDockerfileService(deps: DockerfileServiceDeps): DockerfileService {
  const recentFiles = createRecentFiles({ dataDir: deps.dataDir, warn: deps.warn })

  const analyzeBytes = async (bytes: Buffer, name: string | undefined): Promise<DockerfileAnalysis> => {
    // Works offline: the analysis of a Dockerfile never needs the engine, local figures are a bonus.
    const localImages = deps.listImages ? await deps.listImages().then((list) => list.images, () => []) : []
    const analysis = analyzeDockerfile({ bytes, name, localImages, catalog: deps.catalog() })
    const base = analysis.finalBase
    // The hierarchy comes from the (async) image analysis, so it is looked up once the base is known.
    if (!deps.localBase || base === null || base === 'scratch' || !localImages.some((image) => image.tags.includes(base))) {
      return analysis
    }
    return { ...analysis, localBase: await deps.localBase(base) }
  }

  const open = async (path: string): Promise<OpenedDockerfile> => {
    const { name, bytes } = await readDockerfilePath(path)
    await recentFiles.add(path)
    return { path, name, contentBase64: bytes.toString('base64') }
  }

  return {
    analyze: (contentBase64, name) => analyzeBytes(Buffer.from(contentBase64, 'base64'), name),
    recent: async () => ({ files: await recentFiles.list() }),
    async openRecent(path) {
      if (!(await recentFiles.has(path))) {
        throw new ApiError('INVALID_REQUEST', 'dockerfile.openRecent: that path is not one of the recent Dockerfiles')
      }
      return open(path)
    },
    openPath: open,
    lastFolder: async () => {
      const [newest] = await recentFiles.list()
      return newest ? dirname(newest.path) : null
    },
    async analyzePath(path) {
      const { name, bytes } = await readDockerfilePath(path)
      return analyzeBytes(bytes, name)
    },
  }
}
