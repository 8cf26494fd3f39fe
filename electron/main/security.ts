import { session, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../core/api/content-security-policy'

export function applyContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
  // Nothing the app shows needs the camera, notifications or anything else a page can ask for.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false))
}

/** The window shows the app and nothing else: no navigation away, no new windows. */
export function lockNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
