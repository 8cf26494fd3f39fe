import { ApiError } from '../../../shared/contract'
import type { ImageList, ImageSummary } from '../../../shared/model'
import type { EngineCallOptions, EngineClient, EngineImageSummary } from '../engine/engine-api-types'
import type { DiffIdsEntry, FactsStore } from '../facts/facts-store'
import { compareNewestFirst, toImageSummary } from './image-mapping'
import { mapConcurrent } from './map-concurrent'

const INSPECT_CONCURRENCY = 16

/**
 * What `docker image ls` shows (top-level images, one row per ID with all its tags), plus each
 * image's layer count, which only inspect knows: read from the facts store, and asked of the
 * engine (once, then kept there) only for images it does not hold yet. Disk usage is asked for
 * alongside only when the view shows it: GET /system/df costs about twice the list on Engine 20.10
 * with 1,000 images.
 */
export async function listImages(
  client: EngineClient,
  facts: FactsStore,
  { diskUsage: wantDiskUsage = true, ...options }: EngineCallOptions & { diskUsage?: boolean } = {},
): Promise<ImageList> {
  const diskUsage = wantDiskUsage ? client.imagesDiskUsage(options).catch(() => null) : Promise.resolve(null)
  const images = await client.listImages(options)
  const learned: DiffIdsEntry[] = []
  const rows = await mapConcurrent(images, INSPECT_CONCURRENCY, (image) => withLayerCount(client, facts, image, learned, options))
  if (learned.length > 0) facts.putDiffIds(learned)
  const present = rows.filter((row): row is ImageSummary => row !== null)
  present.sort(compareNewestFirst)
  return {
    images: present,
    totalSizeBytes: present.reduce((sum, image) => sum + image.sizeBytes, 0),
    diskUsageBytes: await diskUsage,
    platformsById: {},
  }
}

async function withLayerCount(
  client: EngineClient,
  facts: FactsStore,
  image: EngineImageSummary,
  learned: DiffIdsEntry[],
  options: EngineCallOptions,
): Promise<ImageSummary | null> {
  let diffIds = facts.diffIds(image.Id)
  if (diffIds === null) {
    try {
      diffIds = (await client.inspectImage(image.Id, options)).RootFS.Layers ?? []
    } catch (error) {
      // Removed between the list and its inspect: it is no longer part of the answer.
      if (error instanceof ApiError && error.code === 'IMAGE_NOT_FOUND') return null
      throw error
    }
    learned.push({ imageId: image.Id, diffIds })
  }
  return toImageSummary(image, diffIds.length)
}
