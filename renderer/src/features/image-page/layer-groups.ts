import type { AnalyzedLayer, HistoryStep } from '../../../../shared/model'

export type LayerOwner = AnalyzedLayer['owner']

/** Which steps the base brought and which this image added, by step number; null while unknown. */
export type OwnerByStep = ReadonlyMap<number, LayerOwner> | null

export function ownersOf(layers: readonly AnalyzedLayer[] | undefined): OwnerByStep {
  return layers ? new Map(layers.map((layer) => [layer.step, layer.owner])) : null
}

export interface LayerGroup {
  /** null when the analysis is not there (loading or failed): one group, no owner shown. */
  owner: LayerOwner | null
  steps: HistoryStep[]
  sizeBytes: number
}

/** Consecutive runs of steps with the same owner: the base's steps, then the image's own. */
export function layerGroups(history: readonly HistoryStep[], owners: OwnerByStep): LayerGroup[] {
  const groups: LayerGroup[] = []
  for (const step of history) {
    const owner = owners?.get(step.step) ?? null
    const last = groups.at(-1)
    if (last && last.owner === owner) {
      last.steps.push(step)
      last.sizeBytes += step.sizeBytes
    } else {
      groups.push({ owner, steps: [step], sizeBytes: step.sizeBytes })
    }
  }
  return groups
}

/** A long history shows this many steps first; the rest is one click away. */
export const FIRST_STEPS = 200

/**
 * The steps of each group to render when only the first `limit` steps of the whole history show
 * (a group past the limit gets none); the groups themselves keep every step for their headings.
 */
export function visibleSteps(groups: readonly LayerGroup[], limit: number): HistoryStep[][] {
  let left = limit
  return groups.map((group) => {
    const shown = group.steps.slice(0, Math.max(0, left))
    left -= shown.length
    return shown
  })
}
