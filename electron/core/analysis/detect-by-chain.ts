import type { BaseLevel } from '../../../shared/model'
import type { BaseSubject } from './base-subject'
import { describeImage, listText, plural } from './describe'
import { historyCountForLayers } from './history-boundary'
import type { LocalImage, LocalIndex } from './local-images'
import { displayName, preferredImage, sortTagsBySpecificity } from './tag-preference'

export interface ChainFinding {
  level: BaseLevel
  image: LocalImage
}

/**
 * Rule 2: the local image whose whole layer chain is the longest proper prefix of the subject's.
 * Layers are content addresses, so the match is exact: confidence 1.
 */
export function detectByChain(subject: BaseSubject, local: LocalIndex): ChainFinding | null {
  const match = local.longestProperPrefix(subject.diffIds, subject.imageId)
  if (match === null) return null
  const image = preferredImage(match.items)
  return { image, level: chainLevel(subject, image, match.items) }
}

/** The level for a local image known to carry the subject's first layers. */
export function chainLevel(subject: BaseSubject, image: LocalImage, sameChain: readonly LocalImage[] = [image]): BaseLevel {
  const [reference = null, ...aliases] = sortTagsBySpecificity(image.summary.tags)
  const layerCount = image.diffIds.length
  const others = sameChain.filter((other) => other !== image)
  return {
    reference,
    aliases,
    imageId: image.summary.id,
    method: 'layer-chain',
    confidence: 1,
    evidence: [
      `${firstLayersText(layerCount, subject.diffIds.length)} exactly ${describeImage(image.summary)}.`,
      aliases.length > 0 ? `It is also tagged ${listText(aliases)}.` : '',
      others.length > 0
        ? `${plural(others.length, 'other local image')} ${others.length === 1 ? 'has' : 'have'} the same layers: ${listText(others.map((other) => displayName(other.summary)))}.`
        : '',
    ].filter(Boolean).join(' '),
    layerCount,
    historyCount: historyCountForLayers(subject.history, layerCount, {
      createdAt: image.summary.createdAt,
      history: image.history ?? null,
    }),
    isUntagged: reference === null,
  }
}

/** "The first 4 of 6 layers are", "The first of 2 layers is". */
export function firstLayersText(count: number, total: number): string {
  return count === 1 ? `The first of ${total} layers is` : `The first ${count} of ${total} layers are`
}
