import type { BaseLevel, HistoryStep, ImageDetail } from '../../../shared/model'
import { sameStep, stepKey, type StepKey } from './history-key'
import { asLocalIndex, isChainPrefix, type LocalImage, type LocalIndex } from './local-images'

/**
 * A step's shape: its key with the content addresses the classic builder writes into COPY and ADD
 * ("file:3b1f… in /etc/app") left out, so a rebuild of the same Dockerfile with new content has
 * the same shape as the build it replaces.
 */
export function shapeKey(step: Pick<HistoryStep, 'instruction' | 'createdBy'>): StepKey {
  const key = stepKey(step)
  return { ...key, body: key.body.replace(/\b(file|dir|multi):[0-9a-f]{64}\b/g, '$1:*') }
}

function sameShape(base: readonly StepKey[], steps: readonly StepKey[]): boolean {
  return base.length <= steps.length && base.every((key, index) => steps[index] !== undefined && sameStep(key, steps[index]))
}

/**
 * Tagged images that could be a rebuild of a base hidden from the list (the classic builder's
 * parent image): built on the visible base this image is found on, more layers than it and fewer
 * than this image, and not a prefix of this image's layers. Only these need their history fetched.
 */
export function hiddenBaseRebuilds(target: ImageDetail, base: BaseLevel, local: LocalIndex | readonly LocalImage[]): LocalImage[] {
  if (base.method !== 'layer-chain' || base.imageId === null || base.layerCount === 0) return []
  const visible = target.diffIds.slice(0, base.layerCount)
  return asLocalIndex(local).images.filter(
    (image) =>
      image.summary.tags.length > 0 &&
      image.summary.id !== target.summary.id &&
      image.diffIds.length > base.layerCount &&
      image.diffIds.length < target.diffIds.length &&
      isChainPrefix(visible, image.diffIds) &&
      !isChainPrefix(image.diffIds, target.diffIds),
  )
}

export interface ShapeMatch {
  image: LocalImage
  /** How many history steps match. */
  steps: number
  /** The first layer past the visible base, as evidence ("COPY file:* in /etc/moving-build"). */
  sample: string
}

/** The tagged image whose whole history has the shape of this image's first steps, the longest first. */
export function shapeMatch(target: ImageDetail, base: BaseLevel, local: LocalIndex): ShapeMatch | null {
  const targetKeys = target.history.map(shapeKey)
  const matches = hiddenBaseRebuilds(target, base, local).flatMap((image) => {
    const history = image.history
    if (!history || history.length <= base.historyCount || history.length >= target.history.length) return []
    const keys = history.map(shapeKey)
    if (!sameShape(keys, targetKeys)) return []
    // The first step past the visible base that made a layer: the one whose content differs.
    const at = history.findIndex((step, index) => index >= base.historyCount && !step.isEmpty)
    const own = keys[at] ?? keys[keys.length - 1]
    return [{ image, steps: keys.length, sample: own ? `${own.instruction ?? ''} ${own.body}`.trim().slice(0, 120) : '' }]
  })
  return matches.sort((a, b) => b.steps - a.steps)[0] ?? null
}
