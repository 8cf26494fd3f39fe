import type { DockerfileAnalysis } from '../../../../shared/model'

/**
 * The final base beside the base to use instead: the advisor's recommended variant, else the
 * first suggestion. null when there is no external base or nothing else to suggest.
 */
export function suggestedComparison(analysis: DockerfileAnalysis): [string, string] | null {
  const { finalBase } = analysis
  if (finalBase === null || finalBase === 'scratch') return null
  const recommended = analysis.advice?.candidates.find((candidate) => candidate.recommended)?.reference
  const suggestion = recommended ?? analysis.suggestions.find((item) => item.reference !== finalBase)?.reference
  return suggestion === undefined || suggestion === finalBase ? null : [finalBase, suggestion]
}
