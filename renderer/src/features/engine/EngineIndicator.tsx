import { useQuery } from '../../api/use-query'
import { hrefOf } from '../../app/routes'
import { navigate } from '../../app/use-route'
import { indicatorText } from './engine-text'
import './engine.css'

/** The header's engine state; its name always starts with "Engine:" and it opens the engine page. */
export function EngineIndicator() {
  const status = useQuery('engine.status', {})
  const state = status.data?.state ?? (status.status === 'error' ? 'unknown' : 'checking')
  const title =
    status.data?.state === 'connected'
      ? `${status.data.engine.endpoint.label} — ${status.data.engine.endpoint.url}`
      : status.data?.state === 'unreachable'
        ? status.data.hint
        : status.error?.message
  return (
    <button
      type="button"
      className={`engine-indicator is-${state}`}
      title={title}
      onClick={() => navigate(hrefOf({ name: 'engine' }))}
    >
      <span className={`status-dot is-${state}`} aria-hidden="true" />
      {indicatorText(status.data, status.status === 'error')}
    </button>
  )
}
