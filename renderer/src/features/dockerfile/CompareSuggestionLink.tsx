import type { DockerfileAnalysis } from '../../../../shared/model'
import { compareHref } from '../../app/routes'
import { suggestedComparison } from './compare-suggestion'

/**
 * Opens the final base and the suggested one side by side. Neither need be pulled: a base only the
 * catalogue knows becomes a catalogue column, and one nobody knows is named in the comparison's error.
 */
export function CompareSuggestionLink({ analysis }: { analysis: DockerfileAnalysis }) {
  const pair = suggestedComparison(analysis)
  if (pair === null) return null
  const [base, suggestion] = pair
  return (
    <p className="dockerfile-compare">
      <a className="btn" href={compareHref(pair)}>
        Compare base with suggestion
      </a>{' '}
      <span className="muted">
        <code>{base}</code> beside <code>{suggestion}</code>
      </span>
    </p>
  )
}
