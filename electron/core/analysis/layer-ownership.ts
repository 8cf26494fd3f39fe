import type { AnalyzedLayer, BaseLevel, HistoryStep } from '../../../shared/model'

export interface LayerOwnership {
  layers: AnalyzedLayer[]
  /** Bytes of the steps that belong to the base. */
  baseSizeBytes: number
  /** Bytes of the steps this image added on top of its base. */
  ownSizeBytes: number
}

/**
 * Marks each step as the base's or the image's own. The boundary is the base's `historyCount`,
 * which detection derives from the layers it matched (empty steps at the edge go with the layer
 * that follows unless the base's own history or creation time claims them: history-boundary.ts)
 * or, for a catalogue fingerprint, from the catalogue entry's number of steps. Without a base
 * (historyCount 0) every step is the image's own.
 */
export function assignLayerOwnership(history: readonly HistoryStep[], base: Pick<BaseLevel, 'historyCount'>): LayerOwnership {
  const boundary = Math.max(0, Math.min(base.historyCount, history.length))
  let baseSizeBytes = 0
  let ownSizeBytes = 0
  const layers = history.map((step, index): AnalyzedLayer => {
    const owner = index < boundary ? 'base' : 'own'
    if (owner === 'base') baseSizeBytes += step.sizeBytes
    else ownSizeBytes += step.sizeBytes
    return { ...step, owner }
  })
  return { layers, baseSizeBytes, ownSizeBytes }
}
