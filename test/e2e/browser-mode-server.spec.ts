import { fixtureRefs } from '../fixtures/images'
import { probe, sessionCookieFrom, uploadHugeBody } from './harness/http-probe'
import type { CoreHarness } from './harness/core'
import { expect, test } from './harness/fixtures'

/**
 * `baseline ui` is a second door into the core: these requests come from outside any page, as a
 * hostile page in the same browser or another program on the machine could send them.
 */
const HUNDRED_MB = 100 * 1024 * 1024

function target(core: CoreHarness): { port: number; hostPort: string } {
  const { port } = core.address()
  return { port, hostPort: `127.0.0.1:${port}` }
}

async function signedIn(core: CoreHarness): Promise<{ port: number; hostPort: string; cookie: string }> {
  const { port, hostPort } = target(core)
  return { port, hostPort, cookie: await sessionCookieFrom(port, core.entryUrl, hostPort) }
}

const json = { 'Content-Type': 'application/json' }

test.describe('browser mode: the server refuses what is not the session’s own page', () => {
  test('listens on 127.0.0.1, as the OS reports the socket', async ({ core }) => {
    expect(core.address().address).toBe('127.0.0.1')
    expect(new URL(core.entryUrl).hostname).toBe('127.0.0.1')
  })

  test('trades the printed token for an HttpOnly, SameSite=Strict cookie and an address without it', async ({ core }) => {
    const { port, hostPort } = target(core)
    const url = new URL(core.entryUrl)
    const answer = await probe(port, { path: `${url.pathname}${url.search}`, headers: { Host: hostPort } })
    expect(answer.status).toBe(303)
    expect(answer.headers.location).toBe('/')
    const cookie = answer.headers['set-cookie']?.[0] ?? ''
    expect(cookie).toMatch(/; HttpOnly/)
    expect(cookie).toMatch(/; SameSite=Strict/)
    expect(cookie).not.toContain(url.searchParams.get('token') ?? '-')
  })

  test('no secret, or a wrong one, is 401 with no data', async ({ core }) => {
    const { port, hostPort } = target(core)
    const answers = [
      await probe(port, { method: 'POST', path: '/api/images.list', headers: { Host: hostPort, ...json }, body: '{}' }),
      await probe(port, { method: 'POST', path: '/api/images.list', headers: { Host: hostPort, ...json, Cookie: 'baseline_session=guess' }, body: '{}' }),
      await probe(port, { path: '/', headers: { Host: hostPort } }),
      await probe(port, { path: '/?token=not-the-token', headers: { Host: hostPort } }),
    ]
    for (const answer of answers) {
      expect(answer.status).toBe(401)
      expect(answer.headers['set-cookie']).toBeUndefined()
      expect(answer.body).not.toMatch(/"images"|<script/)
    }
  })

  test('a foreign Origin is refused, on requests and on the event stream', async ({ core }) => {
    const { port, hostPort, cookie } = await signedIn(core)
    for (const origin of ['http://evil.example', 'null', `http://localhost:${port}`]) {
      const call = await probe(port, { method: 'POST', path: '/api/images.list', headers: { Host: hostPort, Origin: origin, Cookie: cookie, ...json }, body: '{}' })
      expect(call.status, origin).toBe(403)
      expect(call.body).not.toContain('"images"')
      const events = await probe(port, { path: '/events', headers: { Host: hostPort, Origin: origin, Cookie: cookie } })
      expect(events.status, origin).toBe(403)
    }
    // The same request from the app's own origin is answered.
    const own = await probe(port, { method: 'POST', path: '/api/settings.get', headers: { Host: hostPort, Origin: `http://${hostPort}`, Cookie: cookie, ...json }, body: '{}' })
    expect(own.status).toBe(200)
    expect(JSON.parse(own.body)).toMatchObject({ ok: true })
  })

  test('Host: evil.example is refused (DNS rebinding), even with the cookie', async ({ core }) => {
    const { port, cookie } = await signedIn(core)
    for (const host of ['evil.example', `evil.example:${port}`, `localhost:${port}`]) {
      const answer = await probe(port, { method: 'POST', path: '/api/settings.get', headers: { Host: host, Cookie: cookie, ...json }, body: '{}' })
      expect(answer.status, host).toBe(403)
      expect(answer.body).not.toContain('"ok":true')
    }
  })

  test('the event stream needs the cookie', async ({ core }) => {
    const { port, hostPort } = target(core)
    const answer = await probe(port, { path: '/events', headers: { Host: hostPort } })
    expect(answer.status).toBe(401)
    expect(answer.headers['content-type']).not.toContain('text/event-stream')
  })

  test('sends no CORS headers, and a preflight gets none either', async ({ core }) => {
    const { port, hostPort, cookie } = await signedIn(core)
    const preflight = await probe(port, {
      method: 'OPTIONS',
      path: '/api/images.list',
      headers: { Host: hostPort, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    })
    const call = await probe(port, { method: 'POST', path: '/api/settings.get', headers: { Host: hostPort, Cookie: cookie, ...json }, body: '{}' })
    for (const answer of [preflight, call]) {
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    }
    expect(preflight.status).not.toBe(200)
  })

  test('a 100 MB request body is refused without being read into memory', async ({ core }) => {
    const { port, hostPort, cookie } = await signedIn(core)
    const headers = { Host: hostPort, Cookie: cookie, ...json }
    // The server runs in this process, so this process's RSS is the server's.
    const before = process.memoryUsage().rss
    const declared = await uploadHugeBody(port, headers, HUNDRED_MB, true)
    const streamed = await uploadHugeBody(port, headers, HUNDRED_MB, false)
    const after = process.memoryUsage().rss
    console.log(`RSS before ${(before / 1e6).toFixed(1)} MB, after two 100 MB uploads ${(after / 1e6).toFixed(1)} MB; ` +
      `bytes the socket took before the server closed it: ${declared.sentBytes} (Content-Length), ${streamed.sentBytes} (chunked)`)
    for (const upload of [declared, streamed]) {
      expect(upload.statusLine).toBe('HTTP/1.1 413 Payload Too Large')
      expect(upload.answer).toContain('request bodies are at most 65536 bytes here')
      // Refused long before the end: the connection closed with most of the body never sent.
      expect(upload.sentBytes).toBeLessThan(HUNDRED_MB / 2)
    }
  })

  test('a Dockerfile-sized body is taken for dockerfile.analyze, and its limit is the Dockerfile limit', async ({ core }) => {
    const { port, hostPort, cookie } = await signedIn(core)
    const text = `FROM busybox:1.36\n${'# padding\n'.repeat(20_000)}`
    const body = JSON.stringify({ contentBase64: Buffer.from(text).toString('base64'), name: 'Dockerfile' })
    expect(body.length).toBeGreaterThan(64 * 1024)
    const answer = await probe(port, { method: 'POST', path: '/api/dockerfile.analyze', headers: { Host: hostPort, Cookie: cookie, ...json }, body })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true })
    const tooBig = await probe(port, { method: 'POST', path: '/api/settings.get', headers: { Host: hostPort, Cookie: cookie, ...json }, body })
    expect(tooBig.status).toBe(413)
  })
})

test.describe('browser mode: a report export is a one-time download', () => {
  test('report.export answers a download address whose file comes once, with its name and type', async ({ core }) => {
    const { port, hostPort, cookie } = await signedIn(core)
    const headers = { Host: hostPort, Cookie: cookie, ...json }
    const references = [fixtureRefs.app, fixtureRefs.busybox]
    for (const [format, type] of [['html', 'text/html; charset=utf-8'], ['csv', 'text/csv; charset=utf-8']] as const) {
      const exported = await probe(port, { method: 'POST', path: '/api/report.export', headers, body: JSON.stringify({ references, format }) })
      const path = (JSON.parse(exported.body) as { value: { path: string } }).value.path
      expect(path).toMatch(new RegExp(`^/downloads/[0-9a-f]{32}/baseline-report-[\\d-]+\\.${format}$`))
      const file = await probe(port, { path, headers: { Host: hostPort, Cookie: cookie } })
      expect(file.status).toBe(200)
      expect(file.headers['content-type']).toBe(type)
      expect(file.headers['content-disposition']).toBe(`attachment; filename="${path.split('/').pop() ?? ''}"`)
      for (const reference of references) expect(file.body).toContain(reference)
      const again = await probe(port, { path, headers: { Host: hostPort, Cookie: cookie } })
      expect(again.status).toBe(404)
    }
  })
})
