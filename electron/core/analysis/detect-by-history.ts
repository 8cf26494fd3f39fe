import type { BaseLevel } from '../../../shared/model'
import type { BaseSubject } from './base-subject'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import { dateText, plural } from './describe'
import { isHistoryPrefix, stepKey, type StepKey } from './history-key'
import { breakSizeTie } from './size-tie'

/** Every step matches, with the same layer/metadata split: as sure as commands can make it. */
export const HISTORY_CONFIDENCE = 0.9
/** The commands match but the split into layers does not (an inferred alignment, say). */
export const HISTORY_COMMANDS_ONLY_CONFIDENCE = 0.75
/** Taken off when entries with identical histories (debian:trixie, -slim) cannot be told apart by size. */
export const UNRESOLVED_TIE_PENALTY = 0.2

export interface Fingerprint {
  entry: CatalogEntry
  keys: StepKey[]
  /** Non-empty steps: the layers the entry claims. */
  layerCount: number
}

export interface HistoryFinding {
  level: BaseLevel
  entry: CatalogEntry
}

const fingerprintCache = new WeakMap<Catalog, Fingerprint[]>()

function fingerprintsOf(catalog: Catalog): Fingerprint[] {
  let fingerprints = fingerprintCache.get(catalog)
  if (!fingerprints) {
    fingerprints = catalog.entries
      .filter((entry) => entry.history.length > 0)
      .map((entry) => ({
        entry,
        keys: entry.history.map(stepKey),
        layerCount: entry.history.filter((step) => !step.isEmpty).length,
      }))
    fingerprintCache.set(catalog, fingerprints)
  }
  return fingerprints
}

/** Entries whose whole history is a proper prefix of the subject's (or equal to it, with `equal`). */
export function matchingFingerprints(subject: BaseSubject, catalog: Catalog, equal = false): Fingerprint[] {
  const keys = subject.history.map(stepKey)
  return fingerprintsOf(catalog).filter(
    (fingerprint) =>
      (equal ? fingerprint.keys.length === keys.length : fingerprint.keys.length < keys.length) &&
      isHistoryPrefix(fingerprint.keys, keys),
  )
}

/**
 * Rule 3: the catalogue entry whose full history is the longest proper prefix of the subject's.
 * `only` restricts the search to one entry (the one a base label names).
 */
export function detectByHistory(subject: BaseSubject, catalog: Catalog, only?: CatalogEntry): HistoryFinding | null {
  const matches = matchingFingerprints(subject, catalog).filter((match) => only === undefined || match.entry === only)
  const longest = Math.max(0, ...matches.map((match) => match.keys.length))
  const tied = matches.filter((match) => match.keys.length === longest)
  if (tied.length === 0) return null
  const baseBytes = subject.history.slice(0, longest).reduce((sum, step) => sum + step.sizeBytes, 0)
  const tie = breakSizeTie(tied, baseBytes)
  return { entry: tie.chosen.entry, level: historyLevel(subject, tie.chosen, tie.note, tie.isResolved) }
}

function historyLevel(subject: BaseSubject, match: Fingerprint, tieNote: string | null, isTieResolved: boolean): BaseLevel {
  const { entry } = match
  const steps = match.keys.length
  const prefix = subject.history.slice(0, steps)
  const layersHere = prefix.filter((step) => !step.isEmpty).length
  const splitAgrees =
    entry.history.every((step, index) => step.isEmpty === prefix[index]?.isEmpty) &&
    layersHere === match.layerCount &&
    (entry.layerCount === null || entry.layerCount === match.layerCount)
  const confidence =
    (splitAgrees ? HISTORY_CONFIDENCE : HISTORY_COMMANDS_ONLY_CONFIDENCE) - (isTieResolved ? 0 : UNRESOLVED_TIE_PENALTY)
  const built = dateText(entry.created)
  return {
    reference: entry.reference,
    aliases: entry.resolvedTag !== entry.reference ? [entry.resolvedTag] : [],
    imageId: null,
    method: 'history',
    confidence: Math.round(confidence * 100) / 100,
    evidence: [
      `${steps === 1 ? 'Its first history step is exactly that' : `Its first ${steps} history steps are exactly those`} of ${entry.reference} in the catalogue of official images` +
        ` (${entry.resolvedTag}${built ? `, built ${built}` : ''}); the match is by build commands, not by layer content.`,
      splitAgrees
        ? ''
        : `Only the commands match: here they made ${plural(layersHere, 'layer')}, in the catalogue ${match.layerCount}.`,
      tieNote ?? '',
    ].filter(Boolean).join(' '),
    layerCount: Math.min(match.layerCount, subject.diffIds.length),
    historyCount: steps,
    isUntagged: false,
  }
}

/** Catalogue entries whose whole history is the subject's: it is that official image itself. */
export function identicalEntries(subject: BaseSubject, catalog: Catalog): CatalogEntry[] {
  return matchingFingerprints(subject, catalog, true).map((match) => match.entry)
}
