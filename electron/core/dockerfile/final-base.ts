import { parseReference } from '../../../shared/lib/image-reference'
import type { DockerfileModelStage } from './stages'

export interface FinalBase {
  /** The external reference the stage ultimately builds on, or "scratch"; null when it cannot be said. */
  reference: string | null
  /** Why reference is null, in words a person can act on; null otherwise. */
  problem: string | null
  /** The stage whose FROM names the external base (or failed to). */
  stage: number
}

/** Follows stage references down from `start` to an image, scratch, or the FROM that cannot be resolved. */
export function findFinalBase(stages: DockerfileModelStage[], start: number): FinalBase {
  let stage = stages[start]
  while (stage !== undefined && stage.parentStage !== null) stage = stages[stage.parentStage]
  if (stage === undefined) return { reference: null, problem: 'The Dockerfile has no stage.', stage: start }
  const where = `stage ${describe(stage)} (line ${stage.line})`
  if (stage.resolvedFrom === null) {
    const names = stage.missingArgs.join(', ')
    return {
      reference: null,
      problem: `The base of ${where} depends on the build argument ${names}, which has no default: it is whatever the build passes.`,
      stage: stage.index,
    }
  }
  const parsed = parseReference(stage.resolvedFrom)
  if (parsed.kind === 'invalid') {
    return { reference: null, problem: `The FROM of ${where} is not a valid image reference: ${parsed.reason}.`, stage: stage.index }
  }
  return { reference: parsed.kind === 'scratch' ? 'scratch' : stage.resolvedFrom, problem: null, stage: stage.index }
}

function describe(stage: DockerfileModelStage): string {
  return stage.name === null ? String(stage.index) : `"${stage.name}"`
}
