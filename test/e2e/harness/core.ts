import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dispatch } from '../../../electron/core/api/dispatch'
import { openBrowserMode } from '../../../electron/core/server'
import { rendererDir } from './renderer-server'

/**
 * The real `baseline ui`, in this process: the core composed by the same openBrowserMode the CLI
 * calls, behind the real HTTP server and event stream. Pages reach it only through HTTP.
 */
export interface CoreHarness {
  /** The dispatcher behind the server, for a test to read what the core holds (never the page's way in). */
  dispatch: Dispatch
  dataDir: string
  /** "http://127.0.0.1:<port>". */
  origin: string
  /** The address `baseline ui` prints: the origin with the session's one-time token. */
  entryUrl: string
  /** The listening socket's address, as the OS reports it. */
  address(): AddressInfo
  /**
   * Runs `action` once, just before the next request from the page reaches the core: lets a test
   * change the world in the same instant as a click, with no window for the core's own timers.
   */
  beforeNextRequest(action: () => Promise<void>): void
  /** Requests from the page the core has not answered yet: 0 once what a view asked for is done. */
  inFlight(): number
  /** The methods the page called since the last call (or the start), in order; the log is emptied. */
  takeCalls(): string[]
  dispose(): Promise<void>
}

/** Files by name, written into the fresh data folder before the core first looks at it. */
export type DataDirFiles = Readonly<Record<string, string | Uint8Array>>

export async function startCore(env: NodeJS.ProcessEnv, dataDirFiles: DataDirFiles = {}): Promise<CoreHarness> {
  // A fresh data folder per test: settings written by one test never leak into the next.
  const dataDir = await mkdtemp(join(tmpdir(), 'baseline-e2e-data-'))
  // Before the services exist: what the app finds at start-up (a damaged cache file, say).
  for (const [name, content] of Object.entries(dataDirFiles)) await writeFile(join(dataDir, name), content)
  let pending: (() => Promise<void>) | null = null
  let direct: Dispatch | null = null
  let inFlight = 0
  let calls: string[] = []
  const mode = await openBrowserMode({
    dataDir,
    env,
    rendererDir,
    port: 0,
    wrapDispatch: (dispatch) => {
      direct = dispatch
      return async (method, request) => {
        const action = pending
        pending = null
        inFlight += 1
        calls.push(method)
        try {
          if (action) await action()
          return await dispatch(method, request)
        } finally {
          inFlight -= 1
        }
      }
    },
  })
  const dispatch: Dispatch = (method, request) => (direct as Dispatch)(method, request)
  return {
    dispatch,
    dataDir,
    origin: mode.server.origin,
    entryUrl: mode.server.entryUrl,
    address: () => mode.server.address(),
    beforeNextRequest(action) {
      pending = action
    },
    inFlight: () => inFlight,
    takeCalls() {
      const taken = calls
      calls = []
      return taken
    },
    async dispose() {
      await mode.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
