import type { ImageDetail, ImageList, ImageStore } from '../../../shared/model'
import type { EngineClient } from '../engine/engine-api-types'
import { getImage } from './get-image'
import type { LayerCountFile } from './layer-count-file'
import { listImages, type LayerCountMemo } from './list-images'

export interface ImagesService {
  list(): Promise<ImageList>
  /**
   * `reference`: a full or short image ID, or a name such as "python:3.12". `platform`: sent to
   * inspect and history — only where the engine takes it (API 1.49+, engine/platform-query.ts).
   */
  get(reference: string, platform?: string): Promise<ImageDetail>
  /** Resolves once the layer-count memo is on disk (before the process exits). */
  flush(): Promise<void>
}

export interface ImagesServiceDeps {
  /** The connected engine (probing first when needed); throws DOCKER_UNREACHABLE otherwise. */
  client: () => Promise<EngineClient>
  /** Keeps layer counts across processes; in memory only when absent. */
  layerCountFile?: LayerCountFile
  /** false: lists leave diskUsageBytes null rather than wait for GET /system/df. */
  diskUsage?: boolean
  /** How the connected engine stores images (what its sizes mean); 'unknown' when absent. */
  imageStore?: () => Promise<ImageStore>
  /**
   * The known platforms of multi-platform images. Asked on the containerd store only: it reads the
   * cache, which `baseline images` on other engines must not pay to open.
   */
  knownPlatforms?: (ids: readonly string[]) => Promise<ImageList['platformsById']>
}

export function createImagesService(deps: ImagesServiceDeps): ImagesService {
  let memo: LayerCountMemo | null = null
  let saving: Promise<void> = Promise.resolve()
  const layerCounts = (): LayerCountMemo => (memo ??= deps.layerCountFile?.load() ?? new Map())

  return {
    async list() {
      const list = await listImages(await deps.client(), layerCounts(), { diskUsage: deps.diskUsage ?? true })
      const file = deps.layerCountFile
      if (file) saving = saving.then(() => file.save(layerCounts()))
      const known = deps.knownPlatforms
      if (!known || (await deps.imageStore?.()) !== 'containerd') return list
      return { ...list, platformsById: await known(list.images.map((image) => image.id)) }
    },
    async get(reference, platform) {
      const client = await deps.client()
      const detail = await getImage(client, reference, platform ? { platform } : {}, (await deps.imageStore?.()) ?? 'unknown')
      layerCounts().set(detail.summary.id, detail.summary.layerCount)
      return detail
    },
    flush: () => saving,
  }
}
