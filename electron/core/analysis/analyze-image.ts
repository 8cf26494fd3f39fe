import type { BaseDetection, ImageAnalysis, ImageDetail, PinningSummary } from '../../../shared/model'
import { classifyPinning } from '../../../shared/lib/pinning'
import { shortId } from '../../../shared/lib/bytes'
import { ANALYZER_VERSION } from './analyzer-version'
import { baseLabelsOf } from './base-subject'
import { detectBaseMoved, type RememberedBase } from './base-moved'
import type { Catalog } from '../catalog/catalog'
import { listText } from './describe'
import { detectHierarchy } from './hierarchy'
import { assignLayerOwnership } from './layer-ownership'
import { asLocalIndex, type LocalImage, type LocalIndex } from './local-images'

export interface AnalyzeImageInput {
  target: ImageDetail
  /** Every local image (the target may be among them); build the index once for a batch. */
  local: LocalIndex | readonly LocalImage[]
  catalog: Catalog
  /** The base an earlier analysis of this image found (from the cache), or null. */
  remembered?: RememberedBase | null
  now?: Date
}

/** Base hierarchy, layer ownership, pinning of the base and drift, for one image. Pure. */
export function analyzeImage(input: AnalyzeImageInput): ImageAnalysis {
  const local = asLocalIndex(input.local)
  const { target } = input
  const base = detectHierarchy(target, local, input.catalog)
  const ownership = assignLayerOwnership(target.history, base)
  const moved = detectBaseMoved({ target, base, remembered: input.remembered ?? null, local })
  return {
    analyzerVersion: ANALYZER_VERSION,
    id: target.summary.id,
    tags: target.summary.tags,
    sizeBytes: target.summary.sizeBytes,
    baseSizeBytes: ownership.baseSizeBytes,
    ownSizeBytes: ownership.ownSizeBytes,
    layers: ownership.layers,
    base,
    pinning: basePinning(target, base),
    baseMoved: moved.baseMoved,
    baseMovedConfidence: moved.baseMovedConfidence,
    baseMovedDetail: moved.baseMovedDetail,
    analyzedAt: (input.now ?? new Date()).toISOString(),
  }
}

/**
 * How the base is pinned: the label's base.name says what the Dockerfile wrote, so it comes
 * first; else the detected tag, which may be only one of the tags naming that image.
 */
export function basePinning(target: ImageDetail, base: BaseDetection): PinningSummary {
  const labelled = baseLabelsOf(target.summary.labels)?.name ?? null
  if (labelled !== null) {
    const pinning = classifyPinning(labelled)
    return { reference: pinning.reference, class: pinning.class, explanation: pinning.explanation }
  }
  if (base.reference === null) return unknownPinning(base)
  const pinning = classifyPinning(base.reference)
  return { reference: pinning.reference, class: pinning.class, explanation: `${pinning.explanation}${caveat(base)}` }
}

function caveat(base: BaseDetection): string {
  if (base.method === 'history') {
    return ' (Found by history: the Dockerfile may have named another tag of the same build.)'
  }
  if (base.aliases.length > 0) return ` (Also tagged ${listText(base.aliases)}: the Dockerfile may have used one of those.)`
  return ''
}

function unknownPinning(base: BaseDetection): PinningSummary {
  const explanation =
    base.method === 'none'
      ? 'No base was found, so there is no base reference whose pinning could be judged.'
      : `The base is the untagged image ${shortId(base.imageId ?? '')}: no tag names it any more, so how the Dockerfile pinned it is unknown.`
  return { reference: null, class: 'unknown', explanation }
}
