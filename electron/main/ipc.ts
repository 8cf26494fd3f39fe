import { ipcMain, type BrowserWindow, type WebContents } from 'electron'
import { channelOf, methodNames } from '../../shared/contract'
import type { ApiEvents, EventName } from '../../shared/contract'
import type { Dispatch } from '../core/api/dispatch'

/** One handler per contract method, by looping over the list: no per-method wiring. */
export function registerApi(dispatch: Dispatch, isTrustedSender: (sender: WebContents) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(channelOf(method), (event, request: unknown) => {
      if (!isTrustedSender(event.sender)) {
        return { ok: false, error: { code: 'INVALID_REQUEST', message: 'untrusted sender' } }
      }
      return dispatch(method, request)
    })
  }
}

export function createBroadcaster(getWindows: () => BrowserWindow[]) {
  return <E extends EventName>(event: E, payload: ApiEvents[E]): void => {
    for (const window of getWindows()) {
      if (!window.isDestroyed()) window.webContents.send(channelOf(event), payload)
    }
  }
}
