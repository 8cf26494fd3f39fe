import { ApiError } from '../../../shared/contract'
import type { ImageDetail, ImageStore } from '../../../shared/model'
import type { EngineCallOptions, EngineClient, EngineHistoryEntry, EngineImageInspect } from '../engine/engine-api-types'
import type { FactsStore } from '../facts/facts-store'
import { toImageDetail } from './image-mapping'
import { intermediateLayerCounts } from './intermediate-layers'

/**
 * One image by full ID, short ID or name ("python:3.12"): inspect and history asked at once, then
 * aligned (with the layer counts of local intermediate images when zero-byte steps are ambiguous). IMAGE_NOT_FOUND says "No such image: X" with the reference as the user wrote it.
 */
export async function getImage(
  client: EngineClient,
  reference: string,
  options: EngineCallOptions = {},
  store: ImageStore = 'unknown',
  facts: FactsStore | null = null,
): Promise<ImageDetail> {
  try {
    const [inspect, history] = await Promise.all([
      client.inspectImage(reference, options),
      client.imageHistory(reference, options),
    ])
    const entries = await historyOf(client, inspect, history, options)
    const detail = toImageDetail(inspect, entries, await intermediateLayerCounts(client, inspect, entries, options, facts))
    return store === 'containerd' ? withContainerdSizes(client, detail, inspect, options) : detail
  } catch (error) {
    if (error instanceof ApiError && error.code === 'IMAGE_NOT_FOUND') {
      throw new ApiError('IMAGE_NOT_FOUND', `No such image: ${reference}`, { reference })
    }
    throw error
  }
}

/**
 * Under the containerd image store, inspect's Size counts the compressed content only while the
 * list counts content plus unpacked snapshots (Docker 26.1: 1.07 MB against 3.1 MB for the busybox
 * fixture). The list's figure stays "on disk" here too, as on the image list; inspect's is "content".
 */
async function withContainerdSizes(
  client: EngineClient,
  detail: ImageDetail,
  inspect: EngineImageInspect,
  options: EngineCallOptions,
): Promise<ImageDetail> {
  const listed = (await client.listImages(options)).find((image) => image.Id === inspect.Id)
  return {
    ...detail,
    summary: { ...detail.summary, sizeBytes: listed?.Size ?? detail.summary.sizeBytes },
    contentBytes: inspect.Size,
  }
}

/**
 * The engine puts the image's own ID on the newest history entry. If a tag moved between the two
 * concurrent calls they describe different images: ask again by ID, which cannot move.
 */
async function historyOf(
  client: EngineClient,
  inspect: EngineImageInspect,
  history: EngineHistoryEntry[],
  options: EngineCallOptions,
): Promise<EngineHistoryEntry[]> {
  const top = history[0]?.Id
  if (top === undefined || top === inspect.Id || top === '<missing>') return history
  return client.imageHistory(inspect.Id, options)
}
