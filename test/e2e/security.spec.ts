import { expect, test } from './harness/fixtures'
import { AppShell } from './pages/app-shell'

/** What the page can do to itself and to the core: as little as the server's CSP and the contract allow. */
test.describe('renderer security in browser mode', () => {
  test('the page comes with the strict CSP, which refuses injected inline scripts and requests to any other origin', async ({ page, appAt, pageProblems }) => {
    const response = await page.goto(appAt())
    // The answer to the token exchange's redirect target: the page itself.
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? ''
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    await expect(new AppShell(page).imageList.heading).toBeVisible()

    const outcome = await page.evaluate(async () => {
      const scope = globalThis as unknown as Record<string, unknown> & {
        document: { createElement(tag: string): { textContent: string }; body: { append(node: unknown): void } }
        fetch(url: string): Promise<unknown>
      }
      const script = scope.document.createElement('script')
      script.textContent = 'globalThis.__injected = true'
      scope.document.body.append(script)
      // Only connect-src can stop this: nothing answers on that port, but the request never leaves.
      const fetched = await scope.fetch('http://127.0.0.1:9/').then(() => 'sent', () => 'refused')
      return { inline: scope.__injected === true ? 'ran' : 'refused', fetch: fetched }
    })
    expect(outcome).toEqual({ inline: 'refused', fetch: 'refused' })

    // Chromium reported both refusals; take them out so that only unexpected ones fail the test.
    const reported = (directive: string) => pageProblems.some((problem) => problem.startsWith('CSP:') && problem.includes(directive))
    await expect.poll(() => [reported("'script-src"), reported('"connect-src')]).toEqual([true, true])
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.startsWith('CSP:') && !problem.includes('127.0.0.1:9/')))
  })

  test('the page cannot read its session cookie, and the core refuses a malformed request or an unknown method over HTTP', async ({ app, page }) => {
    await expect(app.imageList.heading).toBeVisible()
    const replies = await page.evaluate(async () => {
      const scope = globalThis as unknown as {
        document: { cookie: string }
        fetch(url: string, init: object): Promise<{ json(): Promise<unknown> }>
      }
      const post = (method: string, request: unknown) =>
        scope.fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) }).then((response) => response.json())
      return { cookie: scope.document.cookie, malformed: await post('images.get', { reference: 42 }), unknownMethod: await post('images.delete', {}) }
    })
    expect(replies.cookie).toBe('')
    expect(replies.malformed).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(replies.unknownMethod).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', message: 'unknown method images.delete' } })
  })

  test('after the token exchange the address bar holds no secret', async ({ app, page, core }) => {
    await expect(app.imageList.heading).toBeVisible()
    const token = new URL(core.entryUrl).searchParams.get('token') ?? ''
    expect(token).not.toBe('')
    expect(page.url()).toBe(`${core.origin}/`)
  })
})
