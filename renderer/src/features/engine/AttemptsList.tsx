import type { EndpointAttempt } from '../../../../shared/model'

/** Every endpoint discovery tried, in order, with why it failed (or that it answered). */
export function AttemptsList({ attempts }: { attempts: EndpointAttempt[] }) {
  if (attempts.length === 0) return <p className="muted">No endpoint was found to try.</p>
  return (
    <ul aria-label="Endpoints tried" className="attempts">
      {attempts.map((attempt, index) => (
        <li key={`${attempt.endpoint.url}-${index}`} className={attempt.error ? 'attempt is-failed' : 'attempt is-ok'}>
          <span className="attempt-label">{attempt.endpoint.label}</span>
          <code className="attempt-url">{attempt.endpoint.url}</code>
          <span className="attempt-result">{attempt.error ?? 'answered'}</span>
        </li>
      ))}
    </ul>
  )
}
