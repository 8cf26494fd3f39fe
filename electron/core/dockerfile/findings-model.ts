import type { DockerfileStage } from '../../../shared/model/dockerfile'
import type { DockerfileModel } from './model'
import type { DockerfileInstruction as ParsedInstruction } from './parse'

/** What the rules and the rewrite read of an instruction. */
export type DockerfileInstruction = Pick<ParsedInstruction, 'keyword' | 'args' | 'text' | 'line' | 'stage'>

/** The model the rules and the rewrite read: ./model's, whose stages already know their parent. */
export type DockerfileModelShape = DockerfileModel

/** The stage whose FROM names the external image the given stage builds on, following stage references. */
export function baseStageOf(model: DockerfileModelShape, index: number): DockerfileStage | null {
  let stage = model.stages[index]
  // Parents always come earlier in the file, so the walk ends.
  while (stage !== undefined && stage.parentStage !== null) stage = model.stages[stage.parentStage]
  return stage !== undefined && !stage.isStageRef ? stage : null
}

/**
 * `read` answered once per model: the findings, the advice and the rewrite each ask the same
 * questions, and on a file of 25,000 RUNs every repeat was a walk over all of them. Callers must
 * not mutate the answer.
 */
export function perModel<T>(read: (model: DockerfileModelShape) => T): (model: DockerfileModelShape) => T {
  const memo = new WeakMap<DockerfileModelShape, { value: T }>()
  return (model) => {
    const known = memo.get(model)
    if (known) return known.value
    const value = read(model)
    memo.set(model, { value })
    return value
  }
}

/** Instructions of the final stage. */
export const finalInstructions: (model: DockerfileModelShape) => readonly DockerfileInstruction[] = perModel((model) =>
  model.instructions.filter((i) => i.stage === model.finalStage),
)
