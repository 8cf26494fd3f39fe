import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../../../electron/core/api/dispatch'
import { createServices, type ReportShell } from '../../../electron/core/services'
import type { ApiEvents, EmitEvent, EventName } from '../../../shared/contract'

export type EventSink = (event: EventName, payload: ApiEvents[EventName]) => void

/** The real core, composed exactly as electron/main/index.ts composes it, minus Electron. */
export interface CoreHarness {
  dispatch: Dispatch
  dataDir: string
  /** Where the core's events go; null drops them (no page listening yet, or any more). */
  setEventSink(sink: EventSink | null): void
  /**
   * Runs `action` once, just before the next request from the page reaches the core: lets a test
   * change the world in the same instant as a click, with no window for the core's own timers.
   */
  beforeNextRequest(action: () => Promise<void>): void
  dispose(): Promise<void>
}

/** Files by name, written into the fresh data folder before the core first looks at it. */
export type DataDirFiles = Readonly<Record<string, string | Uint8Array>>

export async function startCore(
  env: NodeJS.ProcessEnv,
  dataDirFiles: DataDirFiles = {},
  reportShell?: ReportShell,
): Promise<CoreHarness> {
  // A fresh data folder per test: settings written by one test never leak into the next.
  const dataDir = await mkdtemp(join(tmpdir(), 'baseline-e2e-data-'))
  // Before the services exist: what the app finds at start-up (a damaged cache file, say).
  for (const [name, content] of Object.entries(dataDirFiles)) await writeFile(join(dataDir, name), content)
  let sink: EventSink | null = null
  const emit: EmitEvent = (event, payload) => sink?.(event, payload)
  // reportShell: main's native dialog and printToPDF, or the stand-in of report-shell-stand-in.ts.
  const services = createServices({ dataDir, emit, env, reportShell })
  const direct = createDispatcher(services.handlers)
  let pending: (() => Promise<void>) | null = null
  const dispatch: Dispatch = async (method, request) => {
    const action = pending
    pending = null
    if (action) await action()
    return direct(method, request)
  }
  services.start()
  return {
    dispatch,
    dataDir,
    beforeNextRequest(action) {
      pending = action
    },
    setEventSink(next) {
      sink = next
    },
    async dispose() {
      sink = null
      await services.dispose()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
