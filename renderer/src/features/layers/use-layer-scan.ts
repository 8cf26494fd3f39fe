import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { ImageRequest } from '../../../../shared/contract'
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

export function useLayerScan(target: ImageRequest): LayerScanControls {
  const { client, store: queries } = useApiContext()
  let scans = stores.get(client)
  if (!scans) {
    scans = createScanStore(client, (scanned) => queries.refetch('layers.get', scanned))
    scans.connect()
    stores.set(client, scans)
  }
  const current = scans
  // One object per (reference, platform), so the callbacks below stay put between renders.
  const { reference, platform } = target
  const request = useMemo(() => (platform ? { reference, platform } : { reference }), [reference, platform])
  const subscribe = useCallback((listener: () => void) => current.subscribe(request, listener), [current, request])
  const getSnapshot = useCallback(() => current.getState(request), [current, request])
  const state = useSyncExternalStore(subscribe, getSnapshot)
  const start = useCallback(() => void current.start(request), [current, request])
  const cancel = useCallback(() => void current.cancel(request), [current, request])
  return { state, start, cancel }
}
