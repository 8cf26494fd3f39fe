import { createDispatcher, type Dispatch } from '../api/dispatch'
import { createServices, type Services } from '../services'
import { createDownloadShell } from './download-shell'
import { createEventHub } from './event-stream'
import type { SessionKeys } from './session-guard'
import { startUiServer, type UiServer } from './ui-server'

export interface BrowserModeOptions {
  /** Settings and the analysis cache: the CLI's XDG folder. */
  dataDir: string
  env: NodeJS.ProcessEnv
  rendererDir: string
  host?: string
  port?: number
  keys?: SessionKeys
  warn?: (message: string) => void
  /** Unexpected errors of the core (the dispatcher logs them). */
  log?: (error: unknown) => void
  /**
   * The e2e harness steps in front of the dispatcher (to change the world in the instant a request
   * arrives); everyone else leaves it out.
   */
  wrapDispatch?: (dispatch: Dispatch) => Dispatch
}

export interface BrowserMode {
  server: UiServer
  services: Services
  /** Stops the server, then disposes the core (operations cancelled, cache closed) and the downloads. */
  close(): Promise<void>
}

/** `baseline ui`: the desktop app's core, composed as main composes it, behind the HTTP server. */
export async function openBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const events = createEventHub()
  const downloads = await createDownloadShell(options.env)
  const services = createServices({
    dataDir: options.dataDir,
    env: options.env,
    emit: events.emit,
    reportShell: downloads,
    warn: options.warn,
  })
  const direct = createDispatcher(services.handlers, options.log)
  const dispatch = options.wrapDispatch ? options.wrapDispatch(direct) : direct
  let server: UiServer
  try {
    server = await startUiServer({ ...options, dispatch, events, downloads })
  } catch (error) {
    await Promise.allSettled([services.dispose(), downloads.dispose()])
    events.close()
    throw error
  }
  services.start()
  let closing: Promise<void> | null = null
  return {
    server,
    services,
    close() {
      closing ??= (async () => {
        await server.close()
        await services.dispose()
        await downloads.dispose()
      })()
      return closing
    },
  }
}
