import type { BaseLevel } from '../../../shared/model'
import { formatReference, parseReference } from '../../../shared/lib/image-reference'
import { baseLabelsOf, BASE_DIGEST_LABEL, BASE_NAME_LABEL, type BaseLabels, type BaseSubject } from './base-subject'
import type { Catalog } from '../catalog/catalog'
import type { ChainFinding } from './detect-by-chain'
import { detectByHistory, type HistoryFinding } from './detect-by-history'
import { describeImage, idText, plural } from './describe'
import { historyCountForLayers } from './history-boundary'
import { isChainPrefix, type LocalImage, type LocalIndex } from './local-images'
import { referenceKey } from '../catalog/reference-key'
import { sortTagsBySpecificity } from './tag-preference'

export interface OtherFindings {
  chain: ChainFinding | null
  history: HistoryFinding | null
}

/** The label's base; 'inherited' when the label came down from a nearer base; null without a usable label. */
export type LabelFinding = BaseLevel | 'inherited' | null

/**
 * Rule 1: the OCI base labels. The label names the base (confidence 1); the boundary comes from
 * the local image it names when that image's layers start this one, else from rules 2/3.
 * Labels are inherited by every image built on top, so a label is not this image's own when the
 * local base carries it too, or when a catalogue history reaches further than the labelled base
 * (a whole official python history on top of the labelled debian is python, not a coincidence).
 * A digest-only label whose image is not local tells nothing usable and is ignored.
 */
export function detectByLabel(subject: BaseSubject, local: LocalIndex, catalog: Catalog, found: OtherFindings): LabelFinding {
  const labels = baseLabelsOf(subject.labels)
  if (labels === null) return null
  if (found.chain !== null && sameLabels(labels, found.chain.image)) return 'inherited'
  const parsed = labels.name === null ? null : parseReference(labels.name)
  if (parsed?.kind === 'scratch') return scratchLevel()
  if (parsed !== null && parsed.kind !== 'image') return null
  const reference = parsed === null ? null : formatReference(parsed.reference)
  const named = [labels.digest, labels.name]
    .map((text) => (text === null ? null : local.byReference(text)))
    .filter((image): image is LocalImage => image !== null && image.summary.id !== subject.imageId)
  const carried = named.find((image) => isProperBase(image, subject))
  const level = carried
    ? localLabelLevel(subject, labels, reference, carried)
    : reference === null
      ? null
      : remoteLabelLevel(subject, { labels, reference, catalog, found, movedTo: named[0] ?? null })
  const outgrown = level !== null && found.history !== null && found.history.level.layerCount > level.layerCount && level.layerCount > 0
  return outgrown ? 'inherited' : level
}

function isProperBase(image: LocalImage, subject: BaseSubject): boolean {
  return image.diffIds.length > 0 && image.diffIds.length < subject.diffIds.length && isChainPrefix(image.diffIds, subject.diffIds)
}

function sameLabels(labels: BaseLabels, image: LocalImage): boolean {
  const theirs = baseLabelsOf(image.summary.labels)
  return theirs !== null && theirs.name === labels.name && theirs.digest === labels.digest
}

function labelText(labels: BaseLabels): string {
  if (labels.name === null) return `Its base label (${BASE_DIGEST_LABEL}) gives ${labels.digest ?? ''}`
  const digest = labels.digest === null ? '' : ` with digest ${labels.digest}`
  return `Its base label (${BASE_NAME_LABEL}) names ${labels.name}${digest}`
}

function localLabelLevel(subject: BaseSubject, labels: BaseLabels, reference: string | null, image: LocalImage): BaseLevel {
  const tags = sortTagsBySpecificity(image.summary.tags)
  const key = reference === null ? null : referenceKey(reference)
  const layerCount = image.diffIds.length
  return {
    reference: reference ?? tags[0] ?? null,
    aliases: tags.filter((tag) => referenceKey(tag) !== key && tag !== (reference ?? tags[0])),
    imageId: image.summary.id,
    method: 'label',
    confidence: 1,
    evidence:
      `${labelText(labels)}. On this machine that is ${describeImage(image.summary)}, ` +
      `${carriedLayersText(layerCount, subject.diffIds.length)}.`,
    layerCount,
    historyCount: historyCountForLayers(subject.history, layerCount, {
      createdAt: image.summary.createdAt,
      history: image.history ?? null,
    }),
    isUntagged: reference === null && tags.length === 0,
  }
}

interface RemoteLabel {
  labels: BaseLabels
  reference: string
  catalog: Catalog
  found: OtherFindings
  /** The local image the label's tag names now, whose layers this image does not start with. */
  movedTo: LocalImage | null
}

function remoteLabelLevel(subject: BaseSubject, input: RemoteLabel): BaseLevel {
  const { labels, reference, found, movedTo } = input
  const where = movedTo
    ? `On this machine that tag now names ${idText(movedTo.summary.id)}, whose layers this image does not start with.`
    : 'No local image has that tag.'
  const boundary = boundaryFor(subject, input, found)
  return {
    reference,
    aliases: [],
    imageId: boundary.imageId,
    method: 'label',
    confidence: 1,
    evidence: `${labelText(labels)}. ${where} ${boundary.evidence}`,
    layerCount: boundary.layerCount,
    historyCount: boundary.historyCount,
    isUntagged: false,
  }
}

interface Boundary {
  layerCount: number
  historyCount: number
  imageId: string | null
  evidence: string
}

/** Where a base known only by its label ends: its catalogue history, a local chain, or unknown. */
function boundaryFor(subject: BaseSubject, input: RemoteLabel, found: OtherFindings): Boundary {
  const entry = input.catalog.byReference(input.reference)
  const named = entry === null ? null : detectByHistory(subject, input.catalog, entry)
  const history = named ?? found.history
  const chain = found.chain
  if (chain && named && named.level.layerCount === chain.level.layerCount) {
    return {
      layerCount: chain.level.layerCount,
      historyCount: chain.level.historyCount,
      imageId: chain.image.summary.id,
      evidence:
        `${capitalised(describeImage(chain.image.summary, 'local'))} has exactly its layers, the first ${chain.level.layerCount} of this image's ` +
        `${subject.diffIds.length}, and the catalogue's history of ${named.entry.reference} ends there too.`,
    }
  }
  if (history && (!chain || history.level.layerCount > chain.level.layerCount)) {
    return {
      layerCount: history.level.layerCount,
      historyCount: history.level.historyCount,
      imageId: null,
      evidence:
        `The boundary (${plural(history.level.layerCount, 'layer')}) comes from the catalogue's history of ${history.entry.reference}, ` +
        `which this image's first ${history.level.historyCount} steps match${named === null ? '; the labelled base may hold more' : ''}.`,
    }
  }
  if (chain) {
    return {
      layerCount: chain.level.layerCount,
      historyCount: chain.level.historyCount,
      imageId: isLikelyLabelImage(chain.image, input.reference) ? chain.image.summary.id : null,
      evidence: `The boundary comes from ${describeImage(chain.image.summary, 'local')}, ${carriedLayersText(chain.level.layerCount, subject.diffIds.length)}; the labelled base may hold more.`,
    }
  }
  return {
    layerCount: 0,
    historyCount: 0,
    imageId: null,
    evidence: 'No local image or catalogue history shows where its layers end, so the boundary is unknown and every layer counts as this image\'s own.',
  }
}

/** An untagged image, or one from the label's repository, is most likely the labelled base itself. */
function isLikelyLabelImage(image: LocalImage, reference: string): boolean {
  if (image.summary.tags.length === 0) return true
  const repository = (text: string): string | null => {
    const key = referenceKey(text)
    return key === null ? null : withoutTagOrDigest(key)
  }
  return image.summary.tags.some((tag) => repository(tag) === repository(reference))
}

function scratchLevel(): BaseLevel {
  return {
    reference: 'scratch',
    aliases: [],
    imageId: null,
    method: 'label',
    confidence: 1,
    evidence: 'Its base label names scratch, the empty base: every layer is this image\'s own.',
    layerCount: 0,
    historyCount: 0,
    isUntagged: false,
  }
}

/** "whose 4 layers are exactly the first 4 of this image's 6", "whose layer is exactly the first of …". */
function carriedLayersText(count: number, total: number): string {
  return count === 1
    ? `whose layer is exactly the first of this image's ${total}`
    : `whose ${count} layers are exactly the first ${count} of this image's ${total}`
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "quay.io:443/a/b:1@sha256:…" → "quay.io:443/a/b": cut at the first ":" or "@" after the last "/". */
function withoutTagOrDigest(reference: string): string {
  const lastSlash = reference.lastIndexOf('/')
  const cuts = [reference.indexOf(':', lastSlash + 1), reference.indexOf('@', lastSlash + 1)].filter((at) => at !== -1)
  return cuts.length === 0 ? reference : reference.slice(0, Math.min(...cuts))
}
