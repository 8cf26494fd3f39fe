import { createHash } from 'node:crypto'
import { ApiError } from '../../../shared/contract'
import type { ImageAnalysis, ImageDetail, ImageList, ImageSummary, Lineage } from '../../../shared/model'
import type { CacheStore } from '../cache'
import { analyzeImage } from './analyze-image'
import type { RememberedBase } from './base-moved'
import { rebuildCandidates } from './base-moved'
import type { Catalog } from '../catalog/catalog'
import { detectHierarchy } from './hierarchy'
import type { ImageFacts } from './image-facts'
import { buildLineage } from './lineage'
import { indexLocalImages, type LocalIndex } from './local-images'

export interface AnalysisService {
  analyze(reference: string): Promise<ImageAnalysis>
  /** What the advisor reads about one image, from one snapshot: its analysis, detail and the local images. */
  adviceSubject(reference: string): Promise<AdviceSubjectInput>
  /** One listing and one index for the whole batch. */
  analyzeMany(references: readonly string[]): Promise<ImageAnalysis[]>
  /** Every listed image, from the same single listing the snapshot makes (the CLI's `analyze --all`). */
  analyzeAll(): Promise<ImageAnalysis[]>
  lineage(): Promise<Lineage>
}

export interface AnalysisServiceDeps {
  listImages: () => Promise<ImageList>
  facts: ImageFacts
  cache: CacheStore
  catalog: Catalog
}

export interface AdviceSubjectInput {
  analysis: ImageAnalysis
  detail: ImageDetail
  localImages: ImageSummary[]
}

interface Snapshot {
  list: ImageList
  index: LocalIndex
  /** Changes whenever an image or a tag appears or goes: detection depends on all of them. */
  fingerprint: string
}

interface CachedAnalysis {
  fingerprint: string
  analysis: ImageAnalysis
}

export function createAnalysisService(deps: AnalysisServiceDeps): AnalysisService {
  const snapshot = async (): Promise<Snapshot> => {
    const list = await deps.listImages()
    const listed = await deps.facts.localImages(list)
    const remembered = await deps.facts.rememberedBases(listed)
    const images = [...listed, ...remembered]
    // The list is complete, so the cache can let go of every image that is neither listed nor remembered.
    deps.facts.prune(new Set(images.map(({ summary }) => summary.id)))
    const index = indexLocalImages(images)
    return { list, index, fingerprint: fingerprintOf(images.map(({ summary }) => summary)) }
  }

  const analyzeIn = async (reference: string, current: Snapshot): Promise<ImageAnalysis> => {
    const summary = resolve(reference, current.index)
    if (summary) {
      const cached = deps.cache.get<CachedAnalysis>('analysis', summary.id)
      if (cached?.fingerprint === current.fingerprint) return cached.analysis
    }
    const target = await deps.facts.detail(reference, summary ?? undefined)
    // Histories settle what the chain cannot: where the base's own metadata steps end (timestamps
    // are only to the second), and whether a tagged image is a rebuild of an untagged base.
    const nearest = detectHierarchy(target, current.index, deps.catalog)
    const levels = nearest.levels.flatMap((level) => (level.imageId ? [current.index.byId(level.imageId)] : []))
    for (const image of [...levels, ...rebuildCandidates(target, nearest, current.index)]) {
      if (image && !image.history) image.history = (await deps.facts.detail(image.summary.id, image.summary)).history
    }
    const remembered = deps.cache.get<RememberedBase>('remembered-base', target.summary.id)
    const analysis = analyzeImage({ target, local: current.index, catalog: deps.catalog, remembered })
    remember(deps.cache, analysis, remembered)
    deps.cache.put('analysis', target.summary.id, { fingerprint: current.fingerprint, analysis })
    return analysis
  }

  return {
    analyze: async (reference) => analyzeIn(reference, await snapshot()),
    async analyzeMany(references) {
      const current = await snapshot()
      const results: ImageAnalysis[] = []
      for (const reference of references) results.push(await analyzeIn(reference, current))
      return results
    },
    async analyzeAll() {
      const current = await snapshot()
      const results: ImageAnalysis[] = []
      for (const { id } of current.list.images) results.push(await analyzeIn(id, current))
      return results
    },
    lineage: async () => buildLineage((await snapshot()).index.images),
    async adviceSubject(reference) {
      const current = await snapshot()
      const analysis = await analyzeIn(reference, current)
      const detail = await deps.facts.detail(analysis.id, current.index.byId(analysis.id)?.summary)
      return { analysis, detail, localImages: current.index.images.map(({ summary }) => summary) }
    },
  }
}

/**
 * The base an image was first seen on is kept for good: after its tag moves on, the base is an
 * untagged image and only this memory says which tag it was.
 */
function remember(cache: CacheStore, analysis: ImageAnalysis, remembered: RememberedBase | null): void {
  const { reference, imageId } = analysis.base
  if (remembered !== null || reference === null || imageId === null) return
  cache.put('remembered-base', analysis.id, { reference, imageId } satisfies RememberedBase)
}

/** A listed image by full ID, unique ID prefix or tag; null lets the engine resolve it. */
function resolve(reference: string, index: LocalIndex): ImageSummary | null {
  const byId = index.byId(reference) ?? index.byId(`sha256:${reference}`)
  if (byId) return byId.summary
  const byTag = index.byReference(reference)
  if (byTag) return byTag.summary
  const hex = reference.replace(/^sha256:/, '')
  if (!/^[0-9a-f]{4,64}$/.test(hex)) return null
  const matches = index.images.filter((image) => image.summary.id.startsWith(`sha256:${hex}`))
  if (matches.length > 1) throw new ApiError('INVALID_INPUT', `${reference} names ${matches.length} images: give more of the ID`)
  return matches[0]?.summary ?? null
}

function fingerprintOf(images: readonly ImageSummary[]): string {
  const hash = createHash('sha256')
  for (const image of [...images].sort((a, b) => a.id.localeCompare(b.id))) {
    hash.update(`${image.id}=${[...image.tags].sort().join(',')};`)
  }
  return hash.digest('hex')
}
