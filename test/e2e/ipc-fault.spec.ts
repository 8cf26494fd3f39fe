import type { Dispatch } from '../../electron/core/api/dispatch'
import { expect, test } from './harness/fixtures'
import { bridgePage } from './harness/page-bridge'
import { AppShell } from './pages/app-shell'

/**
 * BINDING BRIDGE — the one test not on the real transport, and why: it injects a fault the HTTP
 * transport cannot produce, a broken IPC door (the preload's invoke rejecting, as ipcRenderer does
 * when main's handler throws). It also proves the renderer takes window.api over HTTP when the
 * preload exposed it, which no Electron binary can show on this machine.
 */
test.describe('the desktop transport (bridged, fault injection)', () => {
  test('an IPC invoke that rejects shows the list’s error with its message instead of breaking the app', async ({ page, core, appAt }) => {
    const httpCalls: string[] = []
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) httpCalls.push(request.url())
    })
    const broken: Dispatch = (method, request) =>
      method === 'images.list' ? Promise.reject(new Error('IPC channel closed')) : core.dispatch(method, request)
    await bridgePage(page, broken)
    await page.goto(appAt())
    const list = new AppShell(page).imageList
    await expect(list.heading).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'IPC channel closed' })).toBeVisible()
    expect(httpCalls, 'with window.api present, nothing goes over HTTP').toEqual([])
  })
})
