import { expect, test } from './harness/fixtures'

/** What the page can do to itself and to the core: as little as index.html's CSP and the contract allow. */
test.describe('renderer security', () => {
  test('the CSP of index.html refuses injected inline scripts and any network request', async ({ app, page, pageProblems }) => {
    await expect(app.imageList.heading).toBeVisible()
    const outcome = await page.evaluate(async () => {
      const scope = globalThis as unknown as Record<string, unknown> & {
        document: { createElement(tag: string): { textContent: string }; body: { append(node: unknown): void } }
        fetch(url: string): Promise<unknown>
      }
      const script = scope.document.createElement('script')
      script.textContent = 'globalThis.__injected = true'
      scope.document.body.append(script)
      // Same origin, and served by the harness: only connect-src 'none' can stop it.
      const fetched = await scope.fetch('/index.html').then(() => 'sent', () => 'refused')
      return { inline: scope.__injected === true ? 'ran' : 'refused', fetch: fetched }
    })
    expect(outcome).toEqual({ inline: 'refused', fetch: 'refused' })

    // Chromium reported both refusals; take them out so that only unexpected ones fail the test.
    const reported = (directive: string) => pageProblems.some((problem) => problem.startsWith('CSP:') && problem.includes(directive))
    await expect.poll(() => [reported("'script-src"), reported('"connect-src')]).toEqual([true, true])
    pageProblems.splice(0, pageProblems.length, ...pageProblems.filter((problem) => !problem.startsWith('CSP:')))
  })

  test('the core refuses a malformed request and the bridge an unknown method, as in the app', async ({ app, page }) => {
    await expect(app.imageList.heading).toBeVisible()
    const replies = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { invoke(method: string, request: unknown): Promise<unknown> } }).api
      const malformed = await api.invoke('images.get', { reference: 42 })
      const unknownMethod = await api.invoke('images.delete', {}).then(() => 'sent', (error: Error) => error.message)
      return { malformed, unknownMethod }
    })
    expect(replies.malformed).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } })
    expect(replies.unknownMethod).toBe('unknown method images.delete')
  })
})
