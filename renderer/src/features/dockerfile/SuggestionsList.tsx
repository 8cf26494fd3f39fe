import type { DockerfileSuggestion } from '../../../../shared/model'

/** References to build on instead, each with why. */
export function SuggestionsList({ suggestions }: { suggestions: DockerfileSuggestion[] }) {
  return (
    <section className="dockerfile-section">
      <h2 className="section-title">Suggestions</h2>
      {suggestions.length === 0 ? (
        <p className="muted">No other base to suggest.</p>
      ) : (
        <ul aria-label="Suggestions" className="suggestions-list">
          {suggestions.map((suggestion, index) => (
            <li key={`${suggestion.reference}-${index}`}>
              <code className="selectable">{suggestion.reference}</code>: {suggestion.reason}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
