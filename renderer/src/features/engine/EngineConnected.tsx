import type { EngineStatus } from '../../../../shared/model'
import { AttemptsList } from './AttemptsList'
import { platformText } from './engine-text'

type Connected = Extract<EngineStatus, { state: 'connected' }>

export function EngineConnected({ status }: { status: Connected }) {
  const { engine } = status
  const skipped = status.attempts.filter((attempt) => attempt.error !== null)
  return (
    <div className="engine-state is-connected">
      <h2 className="engine-title">
        <span className="status-dot is-connected" aria-hidden="true" />
        Connected to {engine.endpoint.label}
      </h2>
      <p>
        <code className="endpoint-url">{engine.endpoint.url}</code>
      </p>
      <ul className="engine-facts">
        <li>{engine.title}</li>
        <li>Engine {engine.engineVersion}</li>
        <li>API {engine.apiVersion}</li>
        <li>{platformText(engine)}</li>
      </ul>
      {skipped.length > 0 ? (
        <details className="engine-discovery">
          <summary>Endpoints tried before this one ({skipped.length})</summary>
          <AttemptsList attempts={status.attempts} />
        </details>
      ) : null}
    </div>
  )
}
