// Browser mode's public face: what the CLI's `ui` command and the e2e harness import.
export { createDownloadShell, type DownloadShell } from './download-shell'
export { createEventHub, type EventHub } from './event-stream'
export { DOCKERFILE_BODY_BYTES, SMALL_BODY_BYTES } from './request-handler'
export { createSessionKeys, SESSION_COOKIE, type SessionKeys } from './session-guard'
export { hostForUrl, LOOPBACK, PortTakenError, startUiServer, type UiServer, type UiServerOptions } from './ui-server'
export { openBrowserMode, type BrowserMode, type BrowserModeOptions } from './browser-mode'
