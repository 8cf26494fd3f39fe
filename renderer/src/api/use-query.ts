import { useCallback, useSyncExternalStore } from 'react'
import type { MethodName, RequestOf, ResponseOf } from '../../../shared/contract'
import { useApiContext } from './api-context'
import { queryKey } from './query-key'
import type { QueryState } from './query-store'

export type QueryResult<T> = QueryState<T> & { refetch: () => Promise<void> }

/**
 * Server state for one method+request, shared by every screen that asks the same thing and kept
 * fresh by the core's events (see query-store.ts).
 */
export function useQuery<M extends MethodName>(method: M, request: RequestOf<M>): QueryResult<ResponseOf<M>> {
  const { store } = useApiContext()
  // Callers usually pass a fresh object literal; the key, not its identity, decides re-subscription.
  const key = queryKey(method, request)
  const subscribe = useCallback((listener: () => void) => store.subscribe(method, request, listener), [store, key])
  const getSnapshot = useCallback(() => store.getState(method, request), [store, key])
  const refetch = useCallback(() => store.refetch(method, request), [store, key])
  const state = useSyncExternalStore(subscribe, getSnapshot)
  return { ...state, refetch }
}
