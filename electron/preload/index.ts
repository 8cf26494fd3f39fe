import { contextBridge, ipcRenderer } from 'electron'
import { channelOf, isEventName, isMethodName } from '../../shared/contract'
import type { WindowApi } from '../../shared/contract'

// The whole bridge: one generic invoke and one generic subscription, checked against the
// contract's lists so the renderer cannot reach any other channel.
const api: WindowApi = {
  invoke(method, request) {
    if (!isMethodName(method)) return Promise.reject(new Error(`unknown method ${String(method)}`))
    return ipcRenderer.invoke(channelOf(method), request)
  },
  on(event, listener) {
    if (!isEventName(event)) throw new Error(`unknown event ${String(event)}`)
    const channel = channelOf(event)
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      listener(payload as Parameters<typeof listener>[0])
    }
    ipcRenderer.on(channel, forward)
    return () => {
      ipcRenderer.removeListener(channel, forward)
    }
  },
}

contextBridge.exposeInMainWorld('api', api)
