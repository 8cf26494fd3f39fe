import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from '../../../shared/contract'
import type { Dispatch } from '../api/dispatch'
import { DOCKERFILE_MAX_BYTES } from '../../../shared/contract/limits'
import { BROWSER_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './content-security-policy'
import { DOWNLOAD_PREFIX, type DownloadShell } from './download-shell'
import type { EventHub } from './event-stream'
import { readCappedBody } from './read-body'
import { checkSite, hasSession, sameSecret, sessionCookie, type SessionKeys, type Verdict } from './session-guard'
import { readStatic } from './static-files'

/** Every request but a Dockerfile's is a small JSON object: 64 KiB is generous. */
export const SMALL_BODY_BYTES = 64 * 1024
/** A Dockerfile travels as base64 (4 characters per 3 bytes) inside a small JSON object. */
export const DOCKERFILE_BODY_BYTES = Math.ceil(DOCKERFILE_MAX_BYTES / 3) * 4 + SMALL_BODY_BYTES

export interface HandlerDeps {
  dispatch: Dispatch
  events: EventHub
  downloads: DownloadShell
  rendererDir: string
  keys: SessionKeys
  /** "127.0.0.1:4780": what Host must say, and Origin after "http://". */
  hostPort: string
}

export function bodyCapOf(method: string): number {
  return method === 'dockerfile.analyze' ? DOCKERFILE_BODY_BYTES : SMALL_BODY_BYTES
}

/** One request: the site and session checks first, then the page, the API, the events or a download. */
export async function handleRequest(deps: HandlerDeps, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', `http://${deps.hostPort}`)
  // One request per connection: a kept-alive socket the server closes after its idle timeout, in
  // the instant the browser reuses it for a POST, fails that POST (browsers retry only idempotent
  // requests) — seen here as "server does not answer" under load. A loopback connect is cheap.
  response.shouldKeepAlive = false
  const site = checkSite(request, deps.hostPort)
  if (!site.ok) return refuse(request, response, site)
  const token = url.searchParams.get('token')
  if (request.method === 'GET' && url.pathname === '/' && token !== null) return exchangeToken(deps, token, response)
  const session = hasSession(request, deps.keys)
  if (!session.ok) return refuse(request, response, session)
  if (request.method === 'POST' && url.pathname.startsWith('/api/')) return callApi(deps, url.pathname.slice(5), request, response)
  if (request.method !== 'GET') return refuse(request, response, { ok: false, status: 405, reason: 'not here' })
  if (url.pathname === '/events') return deps.events.attach(response)
  if (url.pathname.startsWith(DOWNLOAD_PREFIX)) return download(deps, url.pathname, request, response)
  return page(deps, url.pathname, request, response)
}

/** The printed address, opened once: its token becomes the cookie, and the address bar loses it. */
function exchangeToken(deps: HandlerDeps, token: string, response: ServerResponse): void {
  if (!sameSecret(token, deps.keys.token)) {
    send(response, 401, 'text/plain; charset=utf-8', 'This address is not, or no longer, the one `baseline ui` printed.\n')
    return
  }
  // 303 to a path without the query: the browser keeps the #fragment, so deep links survive.
  response.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': sessionCookie(deps.keys), Location: '/' })
  response.end()
}

async function callApi(deps: HandlerDeps, method: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // A form on another page cannot send JSON without a preflight we never answer.
  if (!/^application\/json(;|$)/i.test(request.headers['content-type'] ?? '')) {
    return refuse(request, response, { ok: false, status: 415, reason: 'requests are JSON (Content-Type: application/json)' })
  }
  const body = await readCappedBody(request, bodyCapOf(method))
  if (!body.ok) return refuse(request, response, body)
  let parsed: unknown
  try {
    parsed = body.body.length === 0 ? {} : JSON.parse(body.body.toString('utf8'))
  } catch {
    return refuse(request, response, { ok: false, status: 400, reason: 'the request body is not JSON' })
  }
  const reply = await deps.dispatch(method, parsed)
  sendJson(response, 200, method === 'report.export' ? asDownload(deps.downloads, reply) : reply)
}

/** report.export's saved path is a file in the download folder: the page gets its address instead. */
function asDownload(downloads: DownloadShell, reply: Reply<unknown>): Reply<unknown> {
  if (!reply.ok) return reply
  const path = (reply.value as { path: string | null }).path
  return { ok: true, value: { path: path === null ? null : downloads.urlFor(path) } }
}

async function download(deps: HandlerDeps, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const file = await deps.downloads.take(pathname)
  if (file === null) return refuse(request, response, { ok: false, status: 404, reason: 'no such download (each is handed out once)' })
  const name = file.fileName.replace(/[^\w.-]/g, '_')
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': file.mimeType,
    'Content-Length': String(file.body.length),
    'Content-Disposition': `attachment; filename="${name}"`,
    // Should it ever be shown rather than saved, a report runs no script and loads nothing.
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
  })
  response.end(file.body)
}

async function page(deps: HandlerDeps, pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const file = await readStatic(deps.rendererDir, pathname)
  if (file === null) return refuse(request, response, { ok: false, status: 404, reason: 'not found' })
  const headers = file.isHtml ? { 'Content-Security-Policy': BROWSER_CONTENT_SECURITY_POLICY } : {}
  response.writeHead(200, { ...SECURITY_HEADERS, ...headers, 'Content-Type': file.contentType, 'Content-Length': String(file.body.length) })
  response.end(file.body)
}

type Refusal = Exclude<Verdict, { ok: true }> | { ok: false; status: 400 | 404 | 405 | 413 | 415; reason: string }

/**
 * A refusal carries the reason and no data. Behind a body we did not read, nothing more is read:
 * the request stays paused (Node then stops reading the socket once its small buffer is full) and
 * the connection is closed a moment later. Closing at once would make the kernel reset it while
 * the client still sends, and a reset can throw away the answer before the client reads it; Node's
 * own handling would instead read the whole rest off the wire to drop it.
 */
function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  if (!request.complete) {
    // read(0) marks the body as taken care of, so Node does not drain it; no byte is consumed.
    // Node must not close the socket itself as the answer ends (it would, for Connection: close).
    request.pause()
    request.read(0)
    response.shouldKeepAlive = true
    response.on('finish', () => setTimeout(() => request.socket.destroy(), UNREAD_CLOSE_MS).unref())
  }
  sendJson(response, refusal.status, { ok: false, error: { code: 'INVALID_REQUEST', message: refusal.reason } })
}

/** Long enough for the client to read the refusal; the socket's buffers are all it costs meanwhile. */
const UNREAD_CLOSE_MS = 1000

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, 'Content-Length': String(Buffer.byteLength(body)) })
  response.end(body)
}
