import type { CopyFromEdge, DockerfileAnalysis, DockerfileStage } from '../../../shared/model/dockerfile'
import type { DockerfileInstruction as ParsedInstruction } from './parse'

/**
 * What the rules and the rewrite read of ./model: a structural subset, so tests can hand-build
 * one and the model may grow fields freely.
 */
export type DockerfileInstruction = Pick<ParsedInstruction, 'keyword' | 'args' | 'text' | 'line' | 'stage'>

export interface DockerfileModelShape {
  stages: DockerfileStage[]
  copyFrom: CopyFromEdge[]
  finalStage: number
  finalBase: string | null
  finalBaseProblem: string | null
  pinning: string
  os: DockerfileAnalysis['os']
  variant: DockerfileAnalysis['variant']
  directives: DockerfileAnalysis['directives']
  instructions: DockerfileInstruction[]
}

/** The stage whose FROM names the external image the given stage builds on, following stage references. */
export function baseStageOf(model: DockerfileModelShape, index: number): DockerfileStage | null {
  const seen = new Set<number>()
  let stage = model.stages[index]
  while (stage && stage.isStageRef && !seen.has(stage.index)) {
    seen.add(stage.index)
    const from = stage.from.toLowerCase()
    stage = model.stages.find((s) => s.index < (stage?.index ?? 0) && (s.name?.toLowerCase() === from || String(s.index) === from))
  }
  return stage && !stage.isStageRef ? stage : null
}

/** Instructions of the final stage. */
export function finalInstructions(model: DockerfileModelShape): DockerfileInstruction[] {
  return model.instructions.filter((i) => i.stage === model.finalStage)
}
