import type { HistoryStep } from '../../../shared/model'
import { isHistoryPrefix, stepKey } from './history-key'

/** What is known of a base besides its layers, to place the empty steps at its edge. */
export interface BaseEdgeHints {
  /** The base image's creation time (ISO). */
  createdAt?: string | null
  /** The base image's own history, when the caller fetched it. */
  history?: readonly HistoryStep[] | null
}

/**
 * How many of `history`'s steps belong to a base that holds the first `layerCount` layers.
 *
 * Layers alone leave the empty steps (ENV, CMD …) between the base's last layer and the image's
 * first own layer undecided. Decision: they belong with the layer that follows — the image's own —
 * unless something says they are the base's: the base's own history (its length is the answer),
 * or a creation time no later than the base image's (a base's steps predate it).
 */
export function historyCountForLayers(history: readonly HistoryStep[], layerCount: number, hints: BaseEdgeHints = {}): number {
  if (layerCount <= 0) return 0
  const lastBaseStep = indexOfLayer(history, layerCount)
  if (lastBaseStep === null) return history.length
  const throughLayer = lastBaseStep + 1
  const baseHistory = hints.history
  if (baseHistory && baseHistory.length >= throughLayer && baseHistory.length <= history.length) {
    if (isHistoryPrefix(baseHistory.map(stepKey), history.map(stepKey))) return baseHistory.length
  }
  const baseCreated = hints.createdAt ? Date.parse(hints.createdAt) : Number.NaN
  let end = throughLayer
  while (end < history.length && isEmptyStep(history[end]) && createdNoLaterThan(history[end], baseCreated)) end += 1
  return end
}

function isEmptyStep(step: HistoryStep | undefined): boolean {
  return step !== undefined && step.isEmpty && step.diffId === null
}

function createdNoLaterThan(step: HistoryStep | undefined, limit: number): boolean {
  if (step?.createdAt == null || Number.isNaN(limit)) return false
  const created = Date.parse(step.createdAt)
  return !Number.isNaN(created) && created <= limit
}

/**
 * Index of the step that made the `layer`-th layer (1-based). Steps carry their diff ID when the
 * alignment worked; when it did not, the non-empty steps are counted instead.
 */
function indexOfLayer(history: readonly HistoryStep[], layer: number): number | null {
  const aligned = history.some((step) => step.diffId !== null)
  let seen = 0
  for (let index = 0; index < history.length; index += 1) {
    const step = history[index]
    const producesLayer = aligned ? step?.diffId != null : step?.isEmpty === false
    if (producesLayer) seen += 1
    if (seen === layer) return index
  }
  return null
}
