import { useEffect, useMemo, type ReactNode } from 'react'
import { createApiClient, type Transport } from './api-client'
import { ApiContext } from './api-context'
import { createQueryStore } from './query-store'

interface ApiProviderProps {
  transport: Transport
  children: ReactNode
}

/** The only place that holds the transport; screens reach the API through the hooks. */
export function ApiProvider({ transport, children }: ApiProviderProps) {
  const value = useMemo(() => {
    const client = createApiClient(transport)
    return { client, store: createQueryStore(client) }
  }, [transport])

  useEffect(() => value.store.connect(), [value])

  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>
}
