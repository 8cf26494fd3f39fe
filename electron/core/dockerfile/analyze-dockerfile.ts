import { ApiError } from '../../../shared/contract/errors'
import type { DockerfileAnalysis, DockerfileFinding, DockerfileSuggestion, ImageSummary, VariantAdvice } from '../../../shared/model'
import { adviseForReference } from '../advisor'
import type { Catalog } from '../catalog/catalog'
import { unifiedDiff } from './diff'
import { dockerfileFindings } from './findings'
import type { DockerfileModelShape } from './findings-model'
import { decodeDockerfile } from './input'
import { buildDockerfileModel } from './model'
import { rewriteDockerfile, type Rewrite } from './rewrite'
import { referenceOfFromLine } from './text-lines'
import { buildLinesOf } from './rules-run'

export interface AnalyzeDockerfileInput {
  bytes: Buffer
  name?: string
  localImages: readonly ImageSummary[]
  catalog: Catalog
  /** The measured size and hierarchy of a reference present locally; null when it is not. */
  localBaseOf?: (reference: string) => DockerfileAnalysis['localBase']
}

/**
 * Everything Baseline says about a Dockerfile before it is built. Throws ApiError INVALID_INPUT
 * only for input that is not a Dockerfile (binary, empty, no FROM …); a base the advisor cannot
 * judge becomes a finding instead.
 */
export function analyzeDockerfile(input: AnalyzeDockerfileInput): DockerfileAnalysis {
  const text = decodeDockerfile(input.bytes, input.name)
  const model = buildDockerfileModel(text, input.catalog)
  const findings = dockerfileFindings(model)
  const { advice, problem } = adviceFor(model, input)
  if (problem) findings.push(problem)
  const rewrite = rewriteDockerfile({ text, model, advice, catalog: input.catalog })
  return {
    stages: model.stages,
    copyFrom: model.copyFrom,
    finalStage: model.finalStage,
    finalBase: model.finalBase,
    finalBaseProblem: model.finalBaseProblem,
    pinning: model.pinning,
    os: model.os,
    variant: model.variant,
    findings,
    suggestions: suggestionsOf(advice, rewrite),
    suggestedDockerfile: rewrite.text,
    suggestedDiff: unifiedDiff(text, rewrite.text, input.name ?? 'Dockerfile', 3, rewrite.additions),
    advice,
    localBase: isExternal(model.finalBase) && input.localBaseOf ? input.localBaseOf(model.finalBase) : null,
    directives: model.directives,
  }
}

function isExternal(reference: string | null): reference is string {
  return reference !== null && reference !== 'scratch'
}

function adviceFor(model: DockerfileModelShape, input: AnalyzeDockerfileInput): { advice: VariantAdvice | null; problem: DockerfileFinding | null } {
  if (!isExternal(model.finalBase)) return { advice: null, problem: null }
  try {
    const advice = adviseForReference({ reference: model.finalBase, localImages: input.localImages, catalog: input.catalog, lines: buildLinesOf(model) })
    return { advice, problem: null }
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'INVALID_INPUT') throw error
    const line = model.stages[model.finalStage]?.line ?? 1
    return { advice: null, problem: { rule: 'base-not-advisable', severity: 'warning', line, message: `No variant advice for the final base: ${error.message}.` } }
  }
}

/** The recommended variant first, then each FROM the rewrite pinned or flagged. */
function suggestionsOf(advice: VariantAdvice | null, rewrite: Rewrite): DockerfileSuggestion[] {
  const suggestions: DockerfileSuggestion[] = []
  const recommended = advice?.candidates.find((candidate) => candidate.recommended)
  if (recommended) {
    suggestions.push({ reference: referenceOfFromLine(recommended.fromLine), reason: recommended.reason ?? 'The variant advisor recommends it for the final stage.' })
  }
  for (const change of rewrite.fromChanges) {
    if (change.after && !suggestions.some((s) => s.reference === change.after)) {
      suggestions.push({ reference: change.after, reason: `Line ${change.line}: FROM ${change.after} instead of ${change.before}: ${change.reason}.` })
    }
  }
  return suggestions
}
