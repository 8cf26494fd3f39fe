import type { HistoryStep, ImageSummary } from '../../../shared/model'
import { createChainTrie, longestProperPrefix, nodeFor, type ChainMatch, type ChainNode } from './chain-trie'
import { digestOf, referenceKey } from '../catalog/reference-key'

/** A local image as the analysis needs it: its summary and its RootFS diff IDs, bottom first. */
export interface LocalImage {
  summary: ImageSummary
  diffIds: string[]
  /**
   * Its history, when the caller has it at hand. Only the "rebuilt base" inference of
   * base-moved.ts reads it (see `rebuildCandidates`); everything else works without.
   */
  history?: HistoryStep[] | null
}

/** Every local image, indexed once per batch of analyses. */
export interface LocalIndex {
  images: readonly LocalImage[]
  byId(imageId: string): LocalImage | null
  /** The image a tag ("debian:bookworm-slim", "docker.io/library/debian:bookworm-slim") names now. */
  byReference(reference: string): LocalImage | null
  /** The image with this repo digest (or image ID): "sha256:…" or "repo@sha256:…". */
  byDigest(digest: string): LocalImage | null
  /** Images (other than `excludeId`) with the longest chain that is a proper prefix of `diffIds`. */
  longestProperPrefix(diffIds: readonly string[], excludeId: string | null): ChainMatch<LocalImage> | null
  /** Images whose whole chain is exactly `diffIds`. */
  withChain(diffIds: readonly string[]): LocalImage[]
  trie: ChainNode<LocalImage>
}

export function indexLocalImages(images: readonly LocalImage[]): LocalIndex {
  const byId = new Map<string, LocalImage>()
  const byKey = new Map<string, LocalImage>()
  const byDigest = new Map<string, LocalImage>()
  for (const image of images) {
    byId.set(image.summary.id, image)
    byDigest.set(image.summary.id, image)
    for (const tag of image.summary.tags) {
      const key = referenceKey(tag)
      if (key !== null) byKey.set(key, image)
    }
    for (const repoDigest of image.summary.repoDigests) {
      const digest = digestOf(repoDigest)
      if (digest !== null) byDigest.set(digest, image)
    }
  }
  const trie = createChainTrie(images.map((image) => ({ diffIds: image.diffIds, item: image })))
  return {
    images,
    trie,
    byId: (imageId) => byId.get(imageId) ?? null,
    byReference: (reference) => {
      const digest = digestOf(reference)
      if (digest !== null) return byDigest.get(digest) ?? null
      const key = referenceKey(reference)
      return key === null ? null : (byKey.get(key) ?? null)
    },
    byDigest: (digest) => {
      const bare = digestOf(digest)
      return bare === null ? null : (byDigest.get(bare) ?? null)
    },
    longestProperPrefix: (diffIds, excludeId) =>
      longestProperPrefix(trie, diffIds, (image) => image.summary.id !== excludeId),
    withChain: (diffIds) => [...(nodeFor(trie, diffIds)?.items ?? [])],
  }
}

/** Accepts the plain list or an index built once for many analyses. */
export function asLocalIndex(local: LocalIndex | readonly LocalImage[]): LocalIndex {
  return isLocalIndex(local) ? local : indexLocalImages(local)
}

function isLocalIndex(local: LocalIndex | readonly LocalImage[]): local is LocalIndex {
  return !Array.isArray(local)
}

/** True when `prefix` is the start of `chain` (equal chains included). */
export function isChainPrefix(prefix: readonly string[], chain: readonly string[]): boolean {
  return prefix.length <= chain.length && prefix.every((diffId, index) => chain[index] === diffId)
}
