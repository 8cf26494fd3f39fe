import type { BaseLevel, ImageDetail } from '../../../shared/model'
import { parseReference } from '../../../shared/lib/image-reference'
import { baseLabelsOf } from './base-subject'
import { dateText, idText, plural } from './describe'
import { isHistoryPrefix, stepKey } from './history-key'
import { hiddenBaseRebuilds, shapeMatch } from './history-shape'
import { asLocalIndex, isChainPrefix, type LocalImage, type LocalIndex } from './local-images'
import { bestTag } from './tag-preference'

/** The base an earlier analysis found, kept by the cache: image IDs never change, tags do. */
export interface RememberedBase {
  reference: string | null
  imageId: string | null
}

export interface BaseMovedInput {
  target: ImageDetail
  /** The nearest base as detected now. */
  base: BaseLevel
  remembered: RememberedBase | null
  /** Every local image (the target may be among them). */
  local: LocalIndex | readonly LocalImage[]
}

export interface BaseMovedVerdict {
  /** True when the base's tag now names another image; null when nothing tells. */
  baseMoved: boolean | null
  baseMovedDetail: string | null
  /** 1 for layers, a label or a remembered image ID; lower for an inference from build history; null when unknown. */
  baseMovedConfidence: number | null
}

const UNKNOWN: BaseMovedVerdict = { baseMoved: null, baseMovedDetail: null, baseMovedConfidence: null }
/** Same steps, other layers, for an untagged base the layers do name: a rebuild, most likely. */
const REBUILD_CONFIDENCE = 0.8
/** Same history shape as the image's first steps, the base itself hidden: less sure than a layer match. */
const SHAPE_CONFIDENCE = 0.6

/**
 * Offline drift: does the tag this image's base was built from still name the image whose layers
 * it carries? Sources, any of which may say "moved": the base label's tag, the remembered base,
 * the detected base's tag, and — for an untagged base — a tagged image built by the same steps
 * with other layers (inferred). "Moved" from any source wins; otherwise "still the same" from
 * any; otherwise null.
 */
export function detectBaseMoved(input: BaseMovedInput): BaseMovedVerdict {
  const local = asLocalIndex(input.local)
  const verdicts = [
    labelVerdict(input, local), rememberedVerdict(input, local), rebuildVerdict(input, local), shapeVerdict(input, local), detectedVerdict(input, local),
  ]
  return (
    verdicts.find((verdict) => verdict?.baseMoved === true) ??
    verdicts.find((verdict) => verdict?.baseMoved === false) ??
    UNKNOWN
  )
}

function carriedText(input: BaseMovedInput, imageId: string | null = input.base.imageId): string {
  if (imageId !== null) return idText(imageId)
  const digest = baseLabelsOf(input.target.summary.labels)?.digest ?? null
  return digest === null ? `other layers (its first ${plural(input.base.layerCount, 'layer')})` : `the build with digest ${digest}`
}

function moved(reference: string, now: LocalImage, carried: string): BaseMovedVerdict {
  const built = dateText(now.summary.createdAt)
  return {
    baseMoved: true,
    baseMovedDetail: `${reference} now names ${idText(now.summary.id)}${built ? `, built ${built}` : ''}; this image carries ${carried}; a rebuild would pick up the new one.`,
    baseMovedConfidence: 1,
  }
}

function still(reference: string, now: LocalImage): BaseMovedVerdict {
  return { baseMoved: false, baseMovedDetail: `${reference} still names ${idText(now.summary.id)}, the image this one was built on.`, baseMovedConfidence: 1 }
}

/** The tag `reference` names now, unless it is the target itself. */
function resolveTag(reference: string, input: BaseMovedInput, local: LocalIndex): LocalImage | null {
  const now = local.byReference(reference)
  return now === null || now.summary.id === input.target.summary.id ? null : now
}

/** By layers: the image the tag names now either starts this image's chain or it does not. */
function byLayers(reference: string, input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const now = resolveTag(reference, input, local)
  if (now === null) return null
  return isChainPrefix(now.diffIds, input.target.diffIds) ? still(reference, now) : moved(reference, now, carriedText(input))
}

function labelVerdict(input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const name = baseLabelsOf(input.target.summary.labels)?.name ?? null
  if (name === null) return null
  const parsed = parseReference(name)
  if (parsed.kind !== 'image') return null
  if (parsed.reference.digest !== null) {
    return { baseMoved: false, baseMovedDetail: `The base label pins ${name} by digest: it cannot move.`, baseMovedConfidence: 1 }
  }
  return byLayers(name, input, local)
}

function rememberedVerdict(input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const { remembered } = input
  if (remembered?.reference == null || remembered.imageId === null) return null
  const now = resolveTag(remembered.reference, input, local)
  if (now === null) return null
  if (now.summary.id === remembered.imageId) return still(remembered.reference, now)
  return moved(remembered.reference, now, carriedText(input, remembered.imageId))
}

function detectedVerdict(input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const { base } = input
  if (base.method === 'none' || base.reference === null || base.reference === 'scratch') return null
  return byLayers(base.reference, input, local)
}

/**
 * Tagged images that could be a rebuild of an untagged base: as many layers, other content.
 * Only these need their history fetched for the inference in `rebuildVerdict`.
 */
export function rebuildCandidates(target: ImageDetail, base: BaseLevel, local: LocalIndex | readonly LocalImage[]): LocalImage[] {
  return [...untaggedRebuilds(target, base, local), ...hiddenBaseRebuilds(target, base, local)]
}

function untaggedRebuilds(target: ImageDetail, base: BaseLevel, local: LocalIndex | readonly LocalImage[]): LocalImage[] {
  if (base.method !== 'layer-chain' || !base.isUntagged || base.layerCount === 0) return []
  return asLocalIndex(local).images.filter(
    (image) =>
      image.summary.tags.length > 0 &&
      image.summary.id !== target.summary.id &&
      image.diffIds.length === base.layerCount &&
      !isChainPrefix(image.diffIds, target.diffIds),
  )
}

function rebuildVerdict(input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const { target, base } = input
  const targetKeys = target.history.map(stepKey)
  const rebuild = untaggedRebuilds(target, base, local).find((image) => {
    const history = image.history
    if (!history || history.length === 0 || history.filter((step) => !step.isEmpty).length !== base.layerCount) return false
    return isHistoryPrefix(history.map(stepKey), targetKeys)
  })
  if (rebuild === undefined || base.imageId === null) return null
  const tag = bestTag(rebuild.summary.tags) ?? ''
  const built = dateText(rebuild.summary.createdAt)
  return {
    baseMoved: true,
    baseMovedDetail:
      `Inferred: ${tag} now names ${idText(rebuild.summary.id)}${built ? `, built ${built}` : ''}, made by the same ` +
      `${plural(rebuild.history?.length ?? 0, 'step')} as the untagged image this one carries (${idText(base.imageId)}) but with other layers: ` +
      'most likely a rebuild the tag moved to. A rebuild of this image would pick up the new one.',
    baseMovedConfidence: REBUILD_CONFIDENCE,
  }
}

/**
 * Drift hidden by the classic builder (issue 16, class 6): the old base survives only as a hidden
 * parent, so the nearest visible base (busybox, debian …) still matches. A tagged image built on
 * that same visible base, whose build history has the shape of this image's first steps but whose
 * layers are not this image's, is the tag rebuilt: "moved", said with that evidence and a lower
 * confidence than a layer match.
 */
function shapeVerdict(input: BaseMovedInput, local: LocalIndex): BaseMovedVerdict | null {
  const match = shapeMatch(input.target, input.base, local)
  if (match === null) return null
  const tag = bestTag(match.image.summary.tags) ?? ''
  const built = dateText(match.image.summary.createdAt)
  return {
    baseMoved: true,
    baseMovedDetail:
      `Inferred from the build history: ${tag} now names ${idText(match.image.summary.id)}${built ? `, built ${built}` : ''}, ` +
      `whose ${plural(match.steps, 'step')} have the same shape as this image's first ${plural(match.steps, 'step')} ` +
      `(${match.sample}), but with other layers: this image was built on an earlier build of ${tag}, which survives only as a hidden parent. ` +
      `A rebuild would pick up the new one (confidence ${SHAPE_CONFIDENCE}: by history, not by layers).`,
    baseMovedConfidence: SHAPE_CONFIDENCE,
  }
}
