import { ipcMain, type BrowserWindow } from 'electron'
import { channelOf, methodNames } from '../../shared/contract'
import type { ApiEvents, EventName } from '../../shared/contract'
import type { Dispatch } from '../core/api/dispatch'

/**
 * One handler per contract method, by looping over the list: no per-method wiring. A request is
 * answered only when it comes from the window's main frame showing the app's own page: the frame
 * that sent it, not the window's current URL (an iframe or a frame mid-navigation could differ).
 */
export function registerApi(dispatch: Dispatch, isAppUrl: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(channelOf(method), (event, request: unknown) => {
      const frame = event.senderFrame
      const trusted = frame !== null && frame === event.sender.mainFrame && isAppUrl(frame.url)
      if (!trusted) {
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
