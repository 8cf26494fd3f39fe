import type { Page } from '@playwright/test'
import { eventNames, methodNames } from '../../../shared/contract'
import type { CoreHarness } from './core'
import { installWindowApi } from './install-window-api'

/**
 * Connects a page to the core the way the preload connects the window to main: requests go
 * through a binding into the same dispatcher, events come back through page.evaluate. Nothing here
 * names a method or an event: the contract's lists are the only source.
 */
export async function bridgePage(page: Page, core: CoreHarness): Promise<void> {
  await page.exposeBinding('__baselineInvoke', (_source, method: unknown, request: unknown) =>
    core.dispatch(typeof method === 'string' ? method : String(method), request))
  await page.addInitScript(installWindowApi, { methods: [...methodNames], events: [...eventNames] })

  // One delivery at a time, so the page sees events in the order the core emitted them.
  let queue = Promise.resolve()
  core.setEventSink((event, payload) => {
    queue = queue.then(() => deliver(page, event, payload))
  })
}

async function deliver(page: Page, event: string, payload: unknown): Promise<void> {
  if (page.isClosed()) return
  try {
    await page.evaluate(([name, body]) => {
      const target = globalThis as unknown as { __baselineEmit?: (event: string, payload: unknown) => void }
      target.__baselineEmit?.(name, body)
    }, [event, payload] as const)
  } catch {
    // The page was navigating or closing: like IPC to a reloading window, the event is lost.
  }
}
