import type { CopyFromEdge, DockerfileStage } from '../../../shared/model/dockerfile'
import { classifyParsed, classifyPinning, type Pinning } from '../../../shared/lib/pinning'
import { automaticPlatformArgs, expandArgs, type ArgScope, type Expansion } from './args'
import type { ParsedDockerfile, ParsedFrom } from './parse'

/** A stage with what the DTO leaves out but the findings and the UI want. */
export interface DockerfileModelStage extends DockerfileStage {
  /** `--platform` with build arguments applied; null when absent or unresolvable. */
  resolvedPlatform: string | null
  /** The stage this one builds on, when `isStageRef`. */
  parentStage: number | null
  /** Build arguments FROM needed and found no value for. */
  missingArgs: string[]
}

/**
 * The scope FROM lines see: BuildKit's automatic platform ARGs, then global ARGs in order (a
 * default may use an earlier one). Redeclaring an automatic ARG without a value keeps its value.
 */
export function globalScope(parsed: ParsedDockerfile): Map<string, string | null> {
  const scope = new Map<string, string | null>(automaticPlatformArgs())
  for (const arg of parsed.args.filter((candidate) => candidate.stage === null)) {
    if (arg.value === null) {
      if (!scope.has(arg.name)) scope.set(arg.name, null)
      continue
    }
    scope.set(arg.name, expandArgs(arg.value, scope, parsed.directives.escape).value)
  }
  return scope
}

export function buildStages(parsed: ParsedDockerfile, scope: ArgScope): DockerfileModelStage[] {
  const stages: DockerfileModelStage[] = []
  parsed.froms.forEach((from, index) => stages.push(buildStage(from, index, stages, scope, parsed.directives.escape)))
  return stages
}

function buildStage(from: ParsedFrom, index: number, earlier: DockerfileModelStage[], scope: ArgScope, escape: string): DockerfileModelStage {
  const expansion = expandArgs(from.image, scope, escape)
  const platform = from.platform === null ? null : expandArgs(from.platform, scope, escape).value
  const parent = expansion.value === null ? undefined : findStageByName(earlier, expansion.value)
  const pinning = parent === undefined ? pinningOf(from.image, expansion) : stageRefPinning(parent)
  return {
    index,
    name: from.name,
    from: from.image,
    resolvedFrom: expansion.value,
    platform: from.platform,
    resolvedPlatform: platform,
    isStageRef: parent !== undefined,
    parentStage: parent?.index ?? null,
    missingArgs: expansion.missing,
    line: from.line,
    pinning: pinning.class,
    pinningExplanation: pinning.explanation,
  }
}

// BuildKit matches stage names case-insensitively, and only among the stages before this one.
function findStageByName<T extends { name: string | null }>(stages: T[], reference: string): T | undefined {
  const wanted = reference.toLowerCase()
  return [...stages].reverse().find((stage) => stage.name !== null && stage.name.toLowerCase() === wanted)
}

function pinningOf(written: string, expansion: Expansion): Pinning {
  if (expansion.error !== null) {
    return classifyParsed(written, { kind: 'invalid', raw: written, reason: `the builder cannot read it: ${expansion.error}` })
  }
  if (expansion.value === null) {
    return classifyParsed(written, { kind: 'unresolved', raw: written, variables: expansion.missing })
  }
  return classifyPinning(expansion.value)
}

function stageRefPinning(parent: DockerfileModelStage): Pinning {
  const label = parent.name ?? String(parent.index)
  return {
    reference: label,
    class: 'not-applicable',
    version: null,
    explanation: `Builds on stage "${label}": its own FROM (line ${parent.line}) decides the pinning.`,
  }
}

/** The COPY --from graph (ADD --from too, which newer syntaxes accept): stage names, indexes, or images. */
export function buildCopyFrom(parsed: ParsedDockerfile, stages: DockerfileModelStage[], scope: ArgScope): CopyFromEdge[] {
  const edges: CopyFromEdge[] = []
  for (const instruction of parsed.instructions) {
    if (instruction.stage === null || !['COPY', 'ADD'].includes(instruction.keyword)) continue
    const from = instruction.flags.find((flag) => flag.name.toLowerCase() === 'from')?.value
    if (from === undefined || from === null) continue
    const resolved = expandArgs(from, stageScope(parsed, instruction.stage, instruction.line, scope), parsed.directives.escape).value ?? from
    const earlier = stages.slice(0, instruction.stage)
    const byName = findStageByName(earlier, resolved)
    const byIndex = /^\d+$/.test(resolved) ? earlier[Number(resolved)] : undefined
    const kind = byName ? 'stage-name' : byIndex ? 'stage-index' : 'image'
    edges.push({ toStage: instruction.stage, from, kind, fromStage: (byName ?? byIndex)?.index ?? null, line: instruction.line })
  }
  return edges
}

/** Inside a stage only ARGs declared in it are visible; `ARG V` alone brings in the global default. */
function stageScope(parsed: ParsedDockerfile, stage: number, line: number, global: ArgScope): Map<string, string | null> {
  const scope = new Map<string, string | null>(automaticPlatformArgs())
  for (const arg of parsed.args.filter((candidate) => candidate.stage === stage && candidate.line < line)) {
    const value = arg.value === null ? (global.get(arg.name) ?? null) : expandArgs(arg.value, scope, parsed.directives.escape).value
    scope.set(arg.name, value)
  }
  return scope
}
