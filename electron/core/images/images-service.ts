import type { ImageDetail, ImageList, ImageStore } from '../../../shared/model'
import type { EngineClient } from '../engine/engine-api-types'
import type { FactsStore } from '../facts/facts-store'
import { getImage } from './get-image'
import { listImages } from './list-images'

export interface ImagesService {
  /** The image list view: the listing, and the disk use when this service asks for it. */
  list(): Promise<ImageList>
  /** The same listing for the steps after it (analysis, advice, Dockerfiles): never the disk use. */
  snapshot(): Promise<ImageList>
  /**
   * `reference`: a full or short image ID, or a name such as "python:3.12". `platform`: sent to
   * inspect and history — only where the engine takes it (API 1.49+, engine/platform-query.ts).
   */
  get(reference: string, platform?: string): Promise<ImageDetail>
}

export interface ImagesServiceDeps {
  /**
   * The connected engine (probing first when needed), read once per request (snapshotClient in
   * request-snapshot.ts); throws DOCKER_UNREACHABLE otherwise.
   */
  client: () => Promise<EngineClient>
  /** The per-image facts (the cache opens on first use): layer counts come from there. */
  facts: () => FactsStore
  /** false: the list view leaves diskUsageBytes null rather than wait for GET /system/df. */
  diskUsage?: boolean
  /** How the connected engine stores images (what its sizes mean); 'unknown' when absent. */
  imageStore?: () => Promise<ImageStore>
  /** The known platforms of multi-platform images, asked on the containerd store only. */
  knownPlatforms?: (ids: readonly string[]) => Promise<ImageList['platformsById']>
}

/** The snapshot step of the pipeline: the listing and each image as the engine tells them. */
export function createImagesService(deps: ImagesServiceDeps): ImagesService {
  const client = deps.client
  // The image page asks for an image and its analysis at once, and the analysis reads the same
  // detail: one reading of an image (inspect, history, the intermediate images) serves both. Only
  // a reading still on its way is shared, so a request made after an image event reads anew.
  const reading = new Map<string, Promise<ImageDetail>>()
  const read = async (reference: string, platform: string | undefined): Promise<ImageDetail> => {
    const detail = await getImage(await client(), reference, platform ? { platform } : {}, (await deps.imageStore?.()) ?? 'unknown', deps.facts())
    // The facts store holds what an image ID means by default: another platform's detail is not it.
    if (!platform) deps.facts().putDetail(detail)
    return detail
  }
  const withPlatforms = async (list: ImageList): Promise<ImageList> => {
    const known = deps.knownPlatforms
    if (!known || (await deps.imageStore?.()) !== 'containerd') return list
    return { ...list, platformsById: await known(list.images.map((image) => image.id)) }
  }
  return {
    list: async () => withPlatforms(await listImages(await client(), deps.facts(), { diskUsage: deps.diskUsage ?? true })),
    snapshot: async () => listImages(await client(), deps.facts(), { diskUsage: false }),
    get(reference, platform) {
      const key = platform ? `${reference} ${platform}` : reference
      const pending = reading.get(key)
      if (pending) return pending
      const detail = read(reference, platform)
      reading.set(key, detail)
      const forget = () => reading.delete(key)
      detail.then(forget, forget)
      return detail
    },
  }
}
