import { useQuery } from '../../api/use-query'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { EndpointForm } from './EndpointForm'
import { EngineConnected } from './EngineConnected'
import { EngineUnreachable } from './EngineUnreachable'
import { useEngineRefresh } from './use-engine-refresh'
import './engine.css'

/** Which engine Baseline talks to, or plainly why none answered; shown on #/engine and in place of the list. */
export function EnginePanel() {
  const status = useQuery('engine.status', {})
  const refresh = useEngineRefresh()
  const retry = () => void refresh.run()

  return (
    <section aria-label="Engine" aria-busy={refresh.busy} className="card engine-panel">
      {status.data?.state === 'connected' ? (
        <EngineConnected status={status.data} />
      ) : status.data?.state === 'unreachable' ? (
        <EngineUnreachable status={status.data} retrying={refresh.busy} onRetry={retry} />
      ) : status.status === 'error' ? (
        <ErrorState title="Could not ask for the engine status" error={status.error}>
          <button type="button" className="btn" onClick={retry}>
            Retry
          </button>
        </ErrorState>
      ) : (
        <LoadingState label="Looking for the Docker engine…" />
      )}
      {refresh.error ? (
        <p className="field-error" role="alert">
          Retry failed: {refresh.error.message} ({refresh.error.code})
        </p>
      ) : null}
      <EndpointForm />
    </section>
  )
}
