import { useCallback, useSyncExternalStore } from 'react'
import type { ApiClient } from '../../api/api-client'
import { useApiContext } from '../../api/api-context'
import { createScanStore, type ScanState, type ScanStore } from './scan-store'

/**
 * One scan store per API client, created on first use and listening for as long as the client
 * lives (the app's lifetime): a scan started on one visit must still be tracked on the next.
 */
const stores = new WeakMap<ApiClient, ScanStore>()

export interface LayerScanControls {
  state: ScanState
  start: () => void
  cancel: () => void
}

export function useLayerScan(reference: string): LayerScanControls {
  const { client, store: queries } = useApiContext()
  let scans = stores.get(client)
  if (!scans) {
    scans = createScanStore(client, (scanned) => queries.refetch('layers.get', { reference: scanned }))
    scans.connect()
    stores.set(client, scans)
  }
  const current = scans
  const subscribe = useCallback((listener: () => void) => current.subscribe(reference, listener), [current, reference])
  const getSnapshot = useCallback(() => current.getState(reference), [current, reference])
  const state = useSyncExternalStore(subscribe, getSnapshot)
  const start = useCallback(() => void current.start(reference), [current, reference])
  const cancel = useCallback(() => void current.cancel(reference), [current, reference])
  return { state, start, cancel }
}
