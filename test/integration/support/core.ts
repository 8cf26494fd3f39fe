import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ApiEvents, EventName } from '../../../shared/contract'
import { createServices, type Services, type ServicesDeps } from '../../../electron/core/services'

export interface RecordedEvent<E extends EventName = EventName> {
  event: E
  payload: ApiEvents[E]
  at: number
}

export interface CoreUnderTest {
  services: Services
  events: RecordedEvent[]
  /** Resolves with the first recorded event (from `since` on) that matches, or rejects after `timeoutMs`. */
  waitForEvent<E extends EventName>(event: E, match: (payload: ApiEvents[E]) => boolean, since: number, timeoutMs: number): Promise<ApiEvents[E]>
  close(): Promise<void>
}

/**
 * The real core, as the app's main process builds it: the composition root with a private data
 * folder (no saved endpoint setting can redirect it) and an event recorder in place of IPC.
 */
export function createCore(env: NodeJS.ProcessEnv = process.env, extra: Partial<ServicesDeps> = {}): CoreUnderTest {
  const dataDir = extra.dataDir ?? mkdtempSync(join(tmpdir(), 'baseline-core-'))
  const events: RecordedEvent[] = []
  const services = createServices({
    dataDir,
    env,
    emit: (event, payload) => events.push({ event, payload, at: Date.now() } as RecordedEvent),
    warn: () => undefined,
    ...extra,
  })
  return {
    services,
    events,
    waitForEvent(event, match, since, timeoutMs) {
      return new Promise((resolve, reject) => {
        const deadline = Date.now() + timeoutMs
        const poll = (): void => {
          const found = events.find((entry) => entry.at >= since && entry.event === event && match(entry.payload as never))
          if (found) resolve(found.payload as never)
          else if (Date.now() > deadline) reject(new Error(`no ${event} event within ${timeoutMs} ms (saw: ${events.map((entry) => entry.event).join(', ') || 'none'})`))
          else setTimeout(poll, 50)
        }
        poll()
      })
    },
    async close() {
      await services.dispose()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
