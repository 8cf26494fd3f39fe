import { referenceOfFromLine } from './text-lines'
import type { DockerfileStage, VariantAdvice, VariantCandidate } from '../../../shared/model'
import { classifyPinning } from '../../../shared/lib/pinning'
import type { Catalog } from '../catalog/catalog'
import { baseStageOf, finalInstructions, type DockerfileModelShape } from './findings-model'
import { commentFrom, nameStage, replaceFrom, versionLineFor, type FromChange } from './rewrite-from'
import { rewriteAptRun } from './rewrite-apt'
import { fromEditable, toEditable, type EditableText } from './rewrite-lines'
import type { LineAdditions } from './diff'
import { runtimeStage } from './rewrite-skeleton'
import { buildToolRuns, finalBuildOf, hasBuildStage } from './rules-run'

export interface RewriteInput {
  text: string
  model: DockerfileModelShape
  advice: VariantAdvice | null
  catalog: Catalog
}

export interface Rewrite {
  text: string
  fromChanges: FromChange[]
  /** A multi-stage skeleton was added because build tools sat in the only stage. */
  hasSkeleton: boolean
  /** The lines added around each original line, for the diff to follow. */
  additions: LineAdditions
}

/**
 * The suggested Dockerfile: pinned FROMs, the advisor's variant for the final base, tidy apt-get
 * installs, a USER, and a build stage when compilers sit in the final one. Lines it does not
 * improve are kept byte for byte.
 */
export function rewriteDockerfile({ text, model, advice, catalog }: RewriteInput): Rewrite {
  const editable = toEditable(text)
  const escape = model.directives.escape
  const recommended = advice?.candidates.find((candidate) => candidate.recommended) ?? null
  const finalBaseStage = baseStageOf(model, model.finalStage)
  const compiles = buildToolRuns(model).length > 0 || finalBuildOf(model) !== null
  const needsSkeleton = !hasBuildStage(model) && compiles && finalBaseStage !== null
  // A final stage that compiles beside other stages: a FROM swap alone would break it, and the
  // split is the author's to make; the finding says so.
  const canSwap = !compiles
  const fromChanges: FromChange[] = []
  for (const stage of model.stages) {
    // With a skeleton the original stage keeps its full image to build in; the new stage gets the variant.
    const swap = stage === finalBaseStage && !needsSkeleton && canSwap ? recommended : null
    const change = rewriteFrom(editable, stage, swap, catalog)
    if (change) fromChanges.push(change)
  }
  for (const run of model.instructions.filter((i) => i.keyword === 'RUN')) rewriteAptRun(editable, run, escape)
  const needsUser = !hasUser(model)
  if (needsSkeleton && finalBaseStage) {
    nameStage(editable, finalBaseStage, finalBaseStage.name ?? 'build')
    const runtime = recommended ? referenceOf(recommended) : (fromChanges.find((c) => c.stage === finalBaseStage.index)?.after ?? finalBaseStage.from)
    editable.lines[editable.lines.length - 1]?.after.push(...runtimeStage(model, runtime, needsUser))
  } else if (needsUser) {
    addUser(editable, model)
  }
  const additions = editable.lines.map((line) => [line.before.length, line.after.length] as const)
  return { text: fromEditable(editable), fromChanges, hasSkeleton: needsSkeleton, additions }
}

function rewriteFrom(text: EditableText, stage: DockerfileStage, swap: VariantCandidate | null, catalog: Catalog): FromChange | null {
  if (stage.isStageRef || stage.resolvedFrom === null || stage.resolvedFrom === 'scratch') return null
  if (swap) {
    const target = referenceOf(swap)
    const change = replaceFrom(text, stage, target, swap.reason ?? 'the variant advisor recommends it')
    // The advisor keeps the version line it was given; a floating one still needs a person to pick a version.
    const floating = classifyPinning(target).class
    if (floating === 'latest' || floating === 'none' || floating === 'floating-named') {
      text.lines[stage.line - 1]?.before.push(`# Pin ${target} to a version tag (e.g. <name>:<major.minor>-<variant>): it moves with every release.`)
    }
    return change
  }
  if (stage.pinning !== 'none' && stage.pinning !== 'latest') return null
  const line = versionLineFor(stage.resolvedFrom, catalog)
  if (line) return replaceFrom(text, stage, line, `pinned to the version line ${stage.resolvedFrom} resolves to today`)
  return commentFrom(text, stage, `Pin ${stage.resolvedFrom} to a version tag (e.g. <name>:<major.minor>-slim): "${stage.pinning === 'none' ? 'no tag' : 'latest'}" changes under you.`)
}

function referenceOf(candidate: VariantCandidate): string {
  return referenceOfFromLine(candidate.fromLine)
}

function hasUser(model: DockerfileModelShape): boolean {
  return finalInstructions(model).some((i) => i.keyword === 'USER') || /(:|-)nonroot\b/.test(model.finalBase ?? '')
}

/** USER 65532 before the final stage's ENTRYPOINT/CMD, or at the end: a numeric UID needs no passwd entry. */
function addUser(text: EditableText, model: DockerfileModelShape): void {
  const lines = ['# Run as an unprivileged user (65532 is "nonroot" in distroless; on other bases create one with useradd).', 'USER 65532']
  const start = finalInstructions(model).find((i) => i.keyword === 'ENTRYPOINT' || i.keyword === 'CMD')
  const target = start ? text.lines[start.line - 1] : undefined
  if (target) target.before.push(...lines)
  else text.lines[text.lines.length - 1]?.after.push(...lines)
}
