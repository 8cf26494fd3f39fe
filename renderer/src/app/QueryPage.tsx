import { useState, type ReactNode } from 'react'
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract'
import { useQuery } from '../api/use-query'
import { useDocumentTitle } from './use-document-title'
import { EnginePanel } from '../features/engine/EnginePanel'
import { ErrorState } from '../ui/ErrorState'
import { LoadingState } from '../ui/LoadingState'
import { PageHeading } from '../ui/PageHeading'

interface QueryPageProps<M extends MethodName> {
  /** The h1 and the window title. */
  title: string
  /** The page's own class, beside the shared `page page--fill`. */
  className: string
  method: M
  request: RequestOf<M>
  /** Said when the call fails, above the error and a "Try again" button. */
  errorTitle: string
  loadingLabel: string
  /** The row opened before this page was shown: read once per visit, so later opens do not move focus. */
  lastOpenedId: string | null
  /** The page's content once the answer is there; returnToId is the row to scroll to and focus. */
  children: (data: ResponseOf<M>, returnToId: string | null) => ReactNode
}

/**
 * A full-height page that shows one query's answer, with the loading and error states around it
 * and the engine panel in its place when the engine cannot be reached.
 */
export function QueryPage<M extends MethodName>(props: QueryPageProps<M>) {
  const { title, className, method, request, errorTitle, loadingLabel, lastOpenedId, children } = props
  useDocumentTitle(title)
  const engine = useQuery('engine.status', {})
  const query = useQuery(method, request)
  // With no engine there is nothing to show: the panel that says why takes its place.
  const unreachable = engine.data?.state === 'unreachable'
  const [returnToId] = useState(lastOpenedId)

  return (
    <div className={`page page--fill ${className}`}>
      {/* The row the user came back to takes focus itself, once the list has drawn it. */}
      <PageHeading takeFocus={unreachable || returnToId === null}>{title}</PageHeading>
      {unreachable ? (
        <EnginePanel />
      ) : query.data ? (
        children(query.data, returnToId)
      ) : query.status === 'error' ? (
        <ErrorState title={errorTitle} error={query.error}>
          <button type="button" className="btn" onClick={() => void query.refetch()}>
            Try again
          </button>
        </ErrorState>
      ) : (
        <LoadingState label={loadingLabel} />
      )}
    </div>
  )
}
