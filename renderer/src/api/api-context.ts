import { createContext, useContext } from 'react'
import type { ApiClient } from './api-client'
import type { QueryStore } from './query-store'

export interface ApiContextValue {
  client: ApiClient
  store: QueryStore
}

export const ApiContext = createContext<ApiContextValue | null>(null)

export function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext)
  if (!value) throw new Error('useApi… needs an <ApiProvider> above it')
  return value
}
