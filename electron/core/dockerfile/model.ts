import type { CopyFromEdge, DockerfileAnalysis } from '../../../shared/model/dockerfile'
import { classifyPinning, type PinningVerdict } from '../../../shared/lib/pinning'
import { loadCatalog, type Catalog } from '../catalog/catalog'
import { findFinalBase } from './final-base'
import { detectOsVariant } from './os-variant'
import { parseDockerfile, type DockerfileInstruction } from './parse'
import { buildCopyFrom, buildStages, globalScope, type DockerfileModelStage } from './stages'

/** Everything the Dockerfile says, before findings and suggestions are drawn from it. */
export interface DockerfileModel {
  stages: DockerfileModelStage[]
  copyFrom: CopyFromEdge[]
  finalStage: number
  finalBase: string | null
  finalBaseProblem: string | null
  pinning: PinningVerdict
  pinningExplanation: string
  os: DockerfileAnalysis['os']
  variant: DockerfileAnalysis['variant']
  directives: DockerfileAnalysis['directives']
  instructions: DockerfileInstruction[]
  /** Global ARGs (and BuildKit's platform ARGs) as FROM lines see them; null for no value. */
  globalArgs: Record<string, string | null>
}

/**
 * Builds the model of a Dockerfile's text. Throws ApiError INVALID_INPUT when there is no FROM
 * or a FROM without an image; everything else (unresolved ARGs, odd references) is reported in
 * the model, not thrown.
 */
export function buildDockerfileModel(text: string, catalog: Catalog = loadCatalog()): DockerfileModel {
  const parsed = parseDockerfile(text)
  const scope = globalScope(parsed)
  const stages = buildStages(parsed, scope)
  const finalStage = stages.length - 1
  const base = findFinalBase(stages, finalStage)
  const baseStage = stages[base.stage]
  const pinning = base.reference === null
    ? { class: baseStage?.pinning ?? 'unknown', explanation: baseStage?.pinningExplanation ?? '' }
    : classifyPinning(base.reference)
  return {
    stages,
    copyFrom: buildCopyFrom(parsed, stages, scope),
    finalStage,
    finalBase: base.reference,
    finalBaseProblem: base.problem,
    pinning: pinning.class,
    pinningExplanation: pinning.explanation,
    ...detectOsVariant(base.reference, catalog),
    directives: parsed.directives,
    instructions: parsed.instructions,
    globalArgs: Object.fromEntries(scope),
  }
}
