import type { CopyFromEdge, DockerfileStage } from '../../../shared/model/dockerfile'
import { classifyParsed, classifyPinning, type Pinning } from '../../../shared/lib/pinning'
import { automaticPlatformArgs, expandArgs, type ArgScope, type Expansion } from './args'
import type { DockerfileInstruction, ParsedDockerfile, ParsedFrom } from './parse'

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
  const names = new StageNames()
  for (const from of parsed.froms) {
    const stage = buildStage(from, stages.length, names, scope, parsed.directives.escape)
    stages.push(stage)
    names.add(stage)
  }
  return stages
}

function buildStage(from: ParsedFrom, index: number, earlier: StageNames, scope: ArgScope, escape: string): DockerfileModelStage {
  const expansion = expandArgs(from.image, scope, escape)
  const platform = from.platform === null ? null : expandArgs(from.platform, scope, escape).value
  const parent = expansion.value === null ? undefined : earlier.find(expansion.value)
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

/**
 * The stages seen so far by name. BuildKit matches names case-insensitively, among the stages
 * before the one asking; the last one of a name wins. A map, not a search of every earlier stage
 * per FROM: 10,000 stages took seconds that way.
 */
class StageNames {
  private readonly byName = new Map<string, DockerfileModelStage>()

  add(stage: DockerfileModelStage): void {
    if (stage.name !== null) this.byName.set(stage.name.toLowerCase(), stage)
  }

  find(reference: string): DockerfileModelStage | undefined {
    return this.byName.get(reference.toLowerCase())
  }
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

/**
 * The COPY --from graph (ADD --from too, which newer syntaxes accept): stage names, indexes, or
 * images. One walk in file order keeps the stage's ARG scope and the earlier stages' names as it
 * goes, so many stages, ARGs and COPYs cost time in proportion to their number.
 */
export function buildCopyFrom(parsed: ParsedDockerfile, stages: DockerfileModelStage[], global: ArgScope): CopyFromEdge[] {
  const escape = parsed.directives.escape
  const edges: CopyFromEdge[] = []
  const earlier = new StageNames()
  let current = -1
  let scope = new Map<string, string | null>()
  let args = 0
  // Built once: 10,000 stages each rebuilt the same strings.
  const automatic = automaticPlatformArgs()
  for (const instruction of parsed.instructions) {
    if (instruction.stage === null) continue
    if (instruction.stage !== current) {
      for (const stage of stages.slice(Math.max(current, 0), instruction.stage)) earlier.add(stage)
      current = instruction.stage
      scope = new Map<string, string | null>(automatic)
    }
    // Inside a stage only ARGs declared in it (on earlier lines) are visible; `ARG V` alone brings in the global default.
    for (; args < parsed.args.length; args += 1) {
      const arg = parsed.args[args]
      if (arg === undefined || arg.line >= instruction.line) break
      if (arg.stage === current) scope.set(arg.name, arg.value === null ? (global.get(arg.name) ?? null) : expandArgs(arg.value, scope, escape).value)
    }
    const edge = copyFromEdge(instruction, scope, earlier, stages, escape)
    if (edge) edges.push(edge)
  }
  return edges
}

function copyFromEdge(instruction: DockerfileInstruction, scope: ArgScope, earlier: StageNames, stages: DockerfileModelStage[], escape: string): CopyFromEdge | null {
  const stage = instruction.stage
  if (stage === null || !['COPY', 'ADD'].includes(instruction.keyword)) return null
  const from = instruction.flags.find((flag) => flag.name.toLowerCase() === 'from')?.value
  if (from === undefined || from === null) return null
  const resolved = expandArgs(from, scope, escape).value ?? from
  const byName = earlier.find(resolved)
  const byIndex = /^\d+$/.test(resolved) && Number(resolved) < stage ? stages[Number(resolved)] : undefined
  const kind = byName ? 'stage-name' : byIndex ? 'stage-index' : 'image'
  return { toStage: stage, from, kind, fromStage: (byName ?? byIndex)?.index ?? null, line: instruction.line }
}
