import type { BaseLevel, ImageDetail } from '../../../shared/model'
import { baseLabelsOf, subjectOf, type BaseSubject } from './base-subject'
import type { Catalog } from '../catalog/catalog'
import { detectByChain, type ChainFinding } from './detect-by-chain'
import { detectByHistory, identicalEntries, type HistoryFinding } from './detect-by-history'
import { detectByLabel } from './detect-by-label'
import { describeImage } from './describe'
import { asLocalIndex, type LocalImage, type LocalIndex } from './local-images'

export const NO_BASE_EVIDENCE = "No local image shares this image's first layers, no base label, and no catalogue history matches."

export interface DetectedLevel {
  level: BaseLevel
  /** The base seen as a subject of its own, to look for its base in turn; null when it has no layers to go on. */
  next: BaseSubject | null
}

/**
 * The nearest base of `target`, trying the rules most trusted first: OCI base labels, a local
 * image whose layers start this one's, a catalogue history fingerprint, and otherwise none.
 * `local` may include the target itself: it is never its own base.
 */
export function detectBase(target: ImageDetail, local: LocalIndex | readonly LocalImage[], catalog: Catalog): BaseLevel {
  return detectBaseOf(subjectOf(target), asLocalIndex(local), catalog).level
}

export function detectBaseOf(subject: BaseSubject, local: LocalIndex, catalog: Catalog): DetectedLevel {
  const chain = detectByChain(subject, local)
  const history = detectByHistory(subject, catalog)
  const labelled = detectByLabel(subject, local, catalog, { chain, history })
  if (labelled !== null && labelled !== 'inherited') return { level: labelled, next: nextSubject(subject, labelled, local) }
  let level = nearest(chain, history) ?? noneLevel(subject, catalog)
  if (labelled === 'inherited') level = { ...level, evidence: `${level.evidence} ${inheritedNote(subject)}` }
  return { level, next: nextSubject(subject, level, local) }
}

function inheritedNote(subject: BaseSubject): string {
  const labels = baseLabelsOf(subject.labels)
  const named = labels?.name ?? labels?.digest ?? ''
  return `Its base label (${named}) came down from its base: it describes that image's base, not this one's.`
}

/**
 * A local chain is exact, so it wins unless the catalogue knows a nearer base: an image built on
 * python:3.12-slim, where only debian:trixie-slim is local, has python as its base, not debian.
 */
function nearest(chain: ChainFinding | null, history: HistoryFinding | null): BaseLevel | null {
  if (history && (!chain || history.level.layerCount > chain.level.layerCount)) {
    if (!chain) return history.level
    const layers = chain.level.layerCount === 1 ? 'layer' : `${chain.level.layerCount} layers`
    const note = `It is nearer than ${describeImage(chain.image.summary, 'local')}, whose ${layers} this image also starts with.`
    return { ...history.level, evidence: `${history.level.evidence} ${note}` }
  }
  if (!chain) return null
  if (chain.level.isUntagged && history && history.level.layerCount === chain.level.layerCount) {
    const note = `Its history is that of ${history.entry.reference} in the catalogue of official images.`
    return { ...chain.level, evidence: `${chain.level.evidence} ${note}` }
  }
  return chain.level
}

function noneLevel(subject: BaseSubject, catalog: Catalog): BaseLevel {
  const itself = identicalEntries(subject, catalog).map((entry) => entry.reference)
  const note = itself.length > 0 ? ` Its whole history is that of ${itself.join(' or ')} in the catalogue: an official base image itself.` : ''
  return {
    reference: null,
    aliases: [],
    imageId: null,
    method: 'none',
    confidence: 0,
    evidence: `${NO_BASE_EVIDENCE}${note}`,
    layerCount: 0,
    historyCount: 0,
    isUntagged: false,
  }
}

function nextSubject(subject: BaseSubject, level: BaseLevel, local: LocalIndex): BaseSubject | null {
  if (level.method === 'none' || level.layerCount === 0) return null
  const image = level.imageId === null ? null : local.byId(level.imageId)
  return {
    imageId: level.imageId,
    diffIds: subject.diffIds.slice(0, level.layerCount),
    history: subject.history.slice(0, level.historyCount),
    labels: image?.summary.labels ?? {},
  }
}
