import { ApiError } from '../../../shared/contract'
import type { ImageDetail, ImageList, ImageSummary } from '../../../shared/model'
import type { CacheStore } from '../cache'
import type { EngineClient } from '../engine/engine-api-types'
import type { FactsStore } from '../facts/facts-store'
import { summaryFromInspect } from '../images/image-mapping'
import { mapConcurrent } from '../images/map-concurrent'
import type { RememberedBase } from './base-moved'
import type { LocalImage } from './local-images'

const INSPECT_CONCURRENCY = 16
const MAX_REMEMBERED_DEPTH = 32

/**
 * The analysis's view of the per-image facts (facts/facts-store.ts): what never changes for an
 * image ID, read once and kept in the cache.
 */
export interface ImageFacts {
  /** Every listed image with its diff-ID chain; the listing stored them, so only strays are inspected. */
  localImages(list: ImageList, signal?: AbortSignal): Promise<LocalImage[]>
  /**
   * Bases remembered from earlier analyses that the list no longer shows: once its tag is gone, a
   * base with children is an intermediate image, hidden from `docker image ls` and
   * indistinguishable there from the steps of other builds. Followed until nothing new appears.
   */
  rememberedBases(known: readonly LocalImage[]): Promise<LocalImage[]>
  /** Drops cached facts of every image not in `liveIds` (call with a complete set only). */
  prune(liveIds: ReadonlySet<string>): void
  /** Inspect plus aligned history; `current` replaces the cached summary (tags move, IDs do not). */
  detail(reference: string, current?: ImageSummary): Promise<ImageDetail>
}

export interface ImageFactsDeps {
  client: () => Promise<EngineClient>
  /** The image as the snapshot reads it (it keeps the detail in the facts store). */
  getImage: (reference: string) => Promise<ImageDetail>
  facts: FactsStore
  /** The analysis's own entries (remembered bases) and the pruning of them all. */
  cache: CacheStore
}

export function createImageFacts(deps: ImageFactsDeps): ImageFacts {
  return {
    async localImages(list, signal) {
      const known = list.images.map((summary) => ({ summary, diffIds: deps.facts.diffIds(summary.id) }))
      const missing = known.filter((image) => image.diffIds === null)
      if (missing.length > 0) {
        const client = await deps.client()
        const fetched = await mapConcurrent(missing, INSPECT_CONCURRENCY, async ({ summary }) => {
          const inspect = await client.inspectImage(summary.id, { signal })
          return { imageId: summary.id, diffIds: inspect.RootFS.Layers ?? [] }
        })
        deps.facts.putDiffIds(fetched)
        const byId = new Map(missing.map((image) => [image.summary.id, image]))
        for (const entry of fetched) {
          const image = byId.get(entry.imageId)
          if (image) image.diffIds = entry.diffIds
        }
      }
      return known.map(({ summary, diffIds }) => ({ summary, diffIds: diffIds ?? [] }))
    },
    async rememberedBases(known) {
      const seen = new Set(known.map(({ summary }) => summary.id))
      const found: LocalImage[] = []
      let frontier = [...known]
      for (let depth = 0; depth < MAX_REMEMBERED_DEPTH && frontier.length > 0; depth += 1) {
        const wanted = frontier
          .map(({ summary }) => deps.cache.get<RememberedBase>('remembered-base', summary.id)?.imageId ?? null)
          .filter((id): id is string => id !== null && !seen.has(id))
        for (const id of wanted) seen.add(id)
        frontier = (await Promise.all(wanted.map((id) => inspectIfPresent(deps, id)))).filter((image) => image !== null)
        found.push(...frontier)
      }
      return found
    },
    prune: (liveIds) => void deps.cache.prune(liveIds),
    async detail(reference, current) {
      const cached = current ? deps.facts.detail(current.id) : null
      if (cached && current) return { ...cached, summary: current }
      const detail = await deps.getImage(current?.id ?? reference)
      return current ? { ...detail, summary: current } : detail
    },
  }
}

/** An image by ID with its chain, or null when it has been deleted since it was remembered. */
async function inspectIfPresent(deps: ImageFactsDeps, id: string): Promise<LocalImage | null> {
  try {
    const inspect = await (await deps.client()).inspectImage(id)
    deps.facts.putDiffIds([{ imageId: id, diffIds: inspect.RootFS.Layers ?? [] }])
    // A remembered base has children by definition, and docker calls only childless <none> images dangling.
    return { summary: { ...summaryFromInspect(inspect), isDangling: false }, diffIds: inspect.RootFS.Layers ?? [] }
  } catch (error) {
    if (error instanceof ApiError && error.code === 'IMAGE_NOT_FOUND') return null
    throw error
  }
}
