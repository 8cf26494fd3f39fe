import type { DockerfileFinding } from '../../../shared/model/dockerfile'
import { finalBuildNeed, readNativeCode, type BuildLine, type Need } from '../advisor'
import { baseStageOf, finalInstructions, perModel, type DockerfileModelShape } from './findings-model'
import { BUILD_TOOL, packageInstalls, removesAptLists, skipsRecommends } from './rules-packages'

/** RUN rules: apt hygiene everywhere, build tools and C extensions in the final stage. */
export function runFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const findings: DockerfileFinding[] = []
  for (const run of model.instructions.filter((i) => i.keyword === 'RUN')) {
    const apt = packageInstalls(run.text).filter((install) => install.tool === 'apt')
    if (apt.some((install) => !skipsRecommends(install.command))) {
      findings.push({ rule: 'apt-no-recommends', severity: 'info', line: run.line, message: 'apt-get install pulls "recommended" packages too: add --no-install-recommends and name what you need.' })
    }
    if (apt.length > 0 && !removesAptLists(run.text)) {
      findings.push({ rule: 'apt-lists-not-removed', severity: 'info', line: run.line, message: 'The apt package lists stay in this layer (tens of MB): end the same RUN with && rm -rf /var/lib/apt/lists/*.' })
    }
  }
  if (!hasBuildStage(model)) findings.push(...buildToolFindings(model))
  findings.push(...finalBuildFindings(model))
  if (model.os === 'alpine') findings.push(...alpineFindings(model))
  return findings
}

/** A stage other than the final one and the stages it builds on: where a build can happen. */
export function hasBuildStage(model: DockerfileModelShape): boolean {
  const chain = new Set<number>([model.finalStage])
  const base = baseStageOf(model, model.finalStage)
  if (base) chain.add(base.index)
  return model.stages.some((stage) => !chain.has(stage.index) && !stage.isStageRef) || model.copyFrom.some((edge) => edge.kind !== 'image' && edge.toStage === model.finalStage)
}

/** RUNs of the final stage that install compilers or headers, with the tools they name. */
export const buildToolRuns: (model: DockerfileModelShape) => ReadonlyArray<{ line: number; tools: string[] }> = perModel((model) =>
  finalInstructions(model)
    .filter((i) => i.keyword === 'RUN')
    .map((run) => ({ line: run.line, tools: packageInstalls(run.text).flatMap((install) => install.packages.filter((name) => BUILD_TOOL.test(name))) }))
    .filter((run) => run.tools.length > 0),
)

function buildToolFindings(model: DockerfileModelShape): DockerfileFinding[] {
  return buildToolRuns(model).map((run) => ({
    rule: 'build-tools-in-final',
    severity: 'warning' as const,
    line: run.line,
    message: `${run.tools.join(', ')} end up in the final image: build in a separate "AS build" stage and COPY --from=build only the results.`,
  }))
}

/**
 * Dockerfile instructions as the advisor reads them: build stages marked so, each line with its
 * stage's name (or index), and each stage's FROM as "FROM <resolved> AS <name>" so COPY --from can
 * be followed to the base it builds on.
 */
// The advice, the findings and the rewrite all read them: built once per model.
export const buildLinesOf: (model: DockerfileModelShape) => BuildLine[] = perModel(readBuildLines)

function readBuildLines(model: DockerfileModelShape): BuildLine[] {
  return model.instructions
    .filter((i) => i.stage !== null)
    .map((i) => {
      const stage = model.stages[i.stage ?? -1]
      const stageName = stage?.name ?? String(i.stage)
      // COPY --from and --chown stay in the text: the advisor follows --from to the stage's base.
      const flags = i.keyword === 'COPY' || i.keyword === 'ADD' ? i.flags.map((flag) => `--${flag.name}${flag.value === null ? '' : `=${flag.value}`} `).join('') : ''
      const text = i.keyword === 'FROM' ? `FROM ${stage?.resolvedFrom ?? stage?.from ?? ''} AS ${stageName}` : i.keyword === 'RUN' ? i.text : `${i.keyword} ${flags}${i.text}`
      return { instruction: i.keyword, text, stage: i.stage === model.finalStage ? ('final' as const) : ('build' as const), where: `line ${i.line}`, stageName }
    })
}

/** The final stage compiles (the advisor's class-3 need): a smaller base alone would break it. */
export const finalBuildOf: (model: DockerfileModelShape) => Need | null = perModel((model) => finalBuildNeed(buildLinesOf(model), model.variant === 'full'))

function finalBuildFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const need = finalBuildOf(model)
  // Build tools installed in the only stage already have their finding.
  if (need === null || (!hasBuildStage(model) && buildToolRuns(model).length > 0)) return []
  return [{
    rule: 'build-in-final-stage',
    severity: 'warning',
    line: Number(/\d+/.exec(need.where)?.[0] ?? 1),
    message: `${need.what}: a -slim or -alpine base has no compiler, so swapping the FROM alone breaks the build. Build in a stage on ${model.finalBase ?? 'the full image'} and copy the result into a run-time stage on the smaller base (the suggested Dockerfile does it).`,
  }]
}

function alpineFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const finalLines = buildLinesOf(model).filter((line) => line.stage === 'final')
  return readNativeCode(finalLines, true).glibcNeeds.map((need) => ({
    rule: 'alpine-c-extensions',
    severity: 'warning' as const,
    line: Number(/\d+/.exec(need.where)?.[0] ?? 0),
    message: `${need.what} on Alpine: ${need.why}. Use a slim Debian base (glibc) for the final stage, or add build-base and the -dev headers in a build stage.`,
  }))
}
