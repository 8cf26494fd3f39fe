import type { DockerfileSuggestion } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

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
              <code className="selectable">{escapeForDisplay(suggestion.reference, { maxLength: 300 })}</code>: {escapeForDisplay(suggestion.reason, { maxLength: 2_000 })}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
