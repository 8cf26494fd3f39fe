import type { Page } from '@playwright/test'
import { eventNames, methodNames } from '../../../shared/contract'
import type { Dispatch } from '../../../electron/core/api/dispatch'
import { installWindowApi } from './install-window-api'

/**
 * FAULT INJECTION ONLY. Puts a `window.api` on the page the way the preload does in Electron, with
 * a Playwright binding standing in for IPC, so a test can make the IPC door itself fail — a fault
 * the real HTTP transport cannot produce. Every other test goes through `baseline ui`. Events are
 * not carried: no bridged test needs them.
 */
export async function bridgePage(page: Page, dispatch: Dispatch): Promise<void> {
  await page.exposeBinding('__baselineInvoke', (_source, method: unknown, request: unknown) =>
    dispatch(typeof method === 'string' ? method : String(method), request))
  await page.addInitScript(installWindowApi, { methods: [...methodNames], events: [...eventNames] })
}
