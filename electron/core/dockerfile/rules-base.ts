import { pinningClasses, type PinningClass, type PinningVerdict } from '../../../shared/lib/pinning'
import type { DockerfileFinding } from '../../../shared/model/dockerfile'
import { baseStageOf, type DockerfileModelShape } from './findings-model'

/** FROM rules: how each external base is pinned, and whether the final stage ships a full image. */
export function baseFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const findings: DockerfileFinding[] = []
  for (const stage of model.stages) {
    if (stage.isStageRef || stage.resolvedFrom === null) continue
    const reference = stage.resolvedFrom
    if (stage.pinning === 'none') {
      findings.push({ rule: 'untagged-base', severity: 'warning', line: stage.line, message: `${reference} has no tag, so it means "latest" and changes under you: name a version tag (e.g. ${reference}:<version>-slim).` })
    } else if (stage.pinning === 'latest') {
      findings.push({ rule: 'latest-tag', severity: 'warning', line: stage.line, message: `${reference} follows "latest", so builds are not reproducible: replace it with a version tag.` })
    }
    if (isImagePinning(stage.pinning) && stage.pinning !== 'digest') {
      findings.push({ rule: 'not-digest-pinned', severity: 'info', line: stage.line, message: `${reference} is not pinned by digest: append @sha256:… (docker buildx imagetools inspect ${reference}) for byte-identical builds, and let a bot bump it.` })
    }
  }
  const base = baseStageOf(model, model.finalStage)
  if (model.finalBase === null) {
    const line = (base ?? model.stages[model.finalStage])?.line ?? 1
    findings.push({ rule: 'unresolved-base', severity: 'warning', line, message: `${model.finalBaseProblem ?? 'The final base cannot be worked out'}: give the build argument a default (ARG NAME=image:tag) so the base is known without --build-arg.` })
  }
  if (base && model.variant === 'full' && model.finalBase && model.finalBase !== 'scratch') {
    findings.push({ rule: 'full-final-base', severity: 'warning', line: base.line, message: `The final image builds on ${model.finalBase}, a full image with compilers and hundreds of packages it does not need at run time: use the slim, alpine or distroless variant for the final stage (see the suggestions) and build in an earlier stage if needed.` })
  }
  return findings
}

/** Pinning classes of an image reference (not scratch, a stage, an unresolved or invalid one). */
function isImagePinning(pinning: PinningVerdict): pinning is PinningClass {
  return (pinningClasses as readonly string[]).includes(pinning)
}
