import type { EngineStatus } from '../../../../shared/model'
import { formatAge } from '../../../../shared/lib/time'
import { Spinner } from '../../ui/Spinner'
import { AttemptsList } from './AttemptsList'

type Unreachable = Extract<EngineStatus, { state: 'unreachable' }>

interface EngineUnreachableProps {
  status: Unreachable
  retrying: boolean
  onRetry: () => void
}

export function EngineUnreachable({ status, retrying, onRetry }: EngineUnreachableProps) {
  return (
    <div className="engine-state is-unreachable">
      <h2 className="engine-title">
        <span className="status-dot is-unreachable" aria-hidden="true" />
        Docker engine unreachable
      </h2>
      <p className="engine-hint">{status.hint}</p>
      <h3 className="engine-subtitle">Endpoints tried</h3>
      <AttemptsList attempts={status.attempts} />
      <div className="engine-actions">
        {/* aria-disabled rather than disabled: the button keeps focus while the probe runs. */}
        <button
          type="button"
          className="btn btn--primary"
          aria-disabled={retrying}
          onClick={() => {
            if (!retrying) onRetry()
          }}
        >
          Retry
        </button>
        <span role="status" className="engine-probe-status">
          {retrying ? (
            <>
              <Spinner /> Probing endpoints…
            </>
          ) : (
            <span className="muted">Checked {formatAge(status.checkedAt)}</span>
          )}
        </span>
      </div>
    </div>
  )
}
