import type { ImageDetail } from '../../../shared/model'
import type { CacheStore } from '../cache'

/** Cache kinds of the per-image facts: what never changes for an image ID (a content address). */
export const FACT_KINDS = { diffIds: 'diff-ids', detail: 'detail' } as const

export interface DiffIdsEntry {
  imageId: string
  diffIds: string[]
}

/**
 * The one store of per-image facts, in the analysis cache (keys scoped by engine, see
 * cache/engine-scoped-cache.ts): each image's diff-ID chain (its layer count is the chain's
 * length) and its inspected detail with aligned history. The image list writes the chains it
 * inspects and the analysis reads them, so an image is inspected once, not once per reader.
 */
export interface FactsStore {
  diffIds(imageId: string): string[] | null
  /** One transaction for a batch (a cold list inspects every image). */
  putDiffIds(entries: readonly DiffIdsEntry[]): void
  detail(imageId: string): ImageDetail | null
  /** Keeps the detail and the chain it carries. */
  putDetail(detail: ImageDetail): void
}

export function createFactsStore(cache: CacheStore): FactsStore {
  return {
    diffIds: (imageId) => cache.get<string[]>(FACT_KINDS.diffIds, imageId),
    putDiffIds: (entries) =>
      cache.putMany(entries.map(({ imageId, diffIds }) => ({ kind: FACT_KINDS.diffIds, imageId, value: diffIds }))),
    detail: (imageId) => cache.get<ImageDetail>(FACT_KINDS.detail, imageId),
    putDetail: (detail) =>
      cache.putMany([
        { kind: FACT_KINDS.detail, imageId: detail.summary.id, value: detail },
        { kind: FACT_KINDS.diffIds, imageId: detail.summary.id, value: detail.diffIds },
      ]),
  }
}
