import type { HistoryStep } from '../../../../shared/model'
import type { LayerOwner, OwnerByStep } from './layer-groups'

export interface LayerBar {
  /** "#3 RUN": step number first so two RUN steps stay apart on the axis. */
  label: string
  step: number
  instruction: string
  command: string
  sizeBytes: number
  /** Base or own; null while the analysis is not there. */
  owner: LayerOwner | null
}

/** Layers with content, in build order; empty steps have nothing to draw. */
export function layerBars(history: readonly HistoryStep[], owners: OwnerByStep = null): LayerBar[] {
  return history
    .filter((step) => !step.isEmpty && step.sizeBytes > 0)
    .map((step) => {
      const instruction = step.instruction ?? '?'
      return {
        label: `#${step.step} ${instruction}`,
        step: step.step,
        instruction,
        command: step.createdBy,
        sizeBytes: step.sizeBytes,
        owner: owners?.get(step.step) ?? null,
      }
    })
}
