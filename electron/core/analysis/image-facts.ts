import type { ImageDetail, ImageList, ImageSummary } from '../../../shared/model'
import type { CacheStore } from '../cache'
import type { EngineClient } from '../engine/engine-api-types'
import { mapConcurrent } from '../images/map-concurrent'
import type { LocalImage } from './local-images'

const INSPECT_CONCURRENCY = 16

/** What never changes for an image ID (content-addressed), read once and kept in the cache. */
export interface ImageFacts {
  /** Every listed image with its diff-ID chain; only images not yet cached are inspected. */
  localImages(list: ImageList, signal?: AbortSignal): Promise<LocalImage[]>
  /** Inspect plus aligned history; `current` replaces the cached summary (tags move, IDs do not). */
  detail(reference: string, current?: ImageSummary): Promise<ImageDetail>
}

export interface ImageFactsDeps {
  client: () => Promise<EngineClient>
  getImage: (reference: string) => Promise<ImageDetail>
  cache: CacheStore
}

export function createImageFacts(deps: ImageFactsDeps): ImageFacts {
  return {
    async localImages(list, signal) {
      const known = list.images.map((summary) => ({ summary, diffIds: deps.cache.get<string[]>('diff-ids', summary.id) }))
      const missing = known.filter((image) => image.diffIds === null)
      if (missing.length > 0) {
        const client = await deps.client()
        const fetched = await mapConcurrent(missing, INSPECT_CONCURRENCY, async ({ summary }) => {
          const inspect = await client.inspectImage(summary.id, { signal })
          return { kind: 'diff-ids', imageId: summary.id, value: inspect.RootFS.Layers ?? [] }
        })
        deps.cache.putMany(fetched)
        const byId = new Map(missing.map((image) => [image.summary.id, image]))
        for (const entry of fetched) {
          const image = byId.get(entry.imageId)
          if (image) image.diffIds = entry.value
        }
      }
      // The list is complete, so whatever the cache holds for other images can go.
      deps.cache.prune(new Set(list.images.map(({ id }) => id)))
      return known.map(({ summary, diffIds }) => ({ summary, diffIds: diffIds ?? [] }))
    },
    async detail(reference, current) {
      const cached = current ? deps.cache.get<ImageDetail>('detail', current.id) : null
      if (cached && current) return { ...cached, summary: current }
      const detail = await deps.getImage(current?.id ?? reference)
      deps.cache.put('detail', detail.summary.id, detail)
      return current ? { ...detail, summary: current } : detail
    },
  }
}
