import { createServer } from 'node:http'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { join } from 'node:path'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

/**
 * A stand-in Docker engine on a unix socket, for unit tests of the client and the service: it
 * answers /_ping, /version, /images/json, /system/df and holds /events open so tests can push
 * events. Not used by the app.
 */
export interface FakeEngine {
  readonly socketPath: string
  readonly url: string
  /** "GET /images/json?…" for every request received. */
  readonly requests: string[]
  route(path: string, handler: Handler): void
  /** Writes to every open /events stream: an object becomes one JSON line, a string goes as is. */
  sendEvent(event: object | string): void
  openEventStreams(): number
  /** Stops answering and drops every connection, as a dying engine would. */
  stop(): Promise<void>
  /** Listens again on the same socket. */
  restart(): Promise<void>
}

export const FAKE_VERSION = {
  Version: '99.1.0-fake',
  ApiVersion: '1.41',
  Os: 'linux',
  Arch: 'amd64',
  Platform: { Name: 'Fake Engine' },
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

export async function startFakeEngine(dir: string, name = 'fake-engine.sock'): Promise<FakeEngine> {
  const socketPath = join(dir, name)
  const routes = new Map<string, Handler>()
  const requests: string[] = []
  const eventStreams = new Set<ServerResponse>()
  const sockets = new Set<Socket>()
  let server: Server | null = null

  routes.set('/_ping', (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/plain' })
    response.end('OK')
  })
  routes.set('/version', (_request, response) => json(response, 200, FAKE_VERSION))
  routes.set('/images/json', (_request, response) => json(response, 200, []))
  routes.set('/system/df', (_request, response) => json(response, 200, { LayersSize: 1234 }))
  routes.set('/events', (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'application/json' })
    response.flushHeaders()
    eventStreams.add(response)
    response.on('close', () => eventStreams.delete(response))
  })

  const handle: Handler = (request, response) => {
    requests.push(`${request.method} ${request.url}`)
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    const handler = routes.get(path)
    if (handler) return handler(request, response)
    const image = /^\/images\/(.+)\/(json|history)$/.exec(path)
    if (image) return json(response, 404, { message: `No such image: ${decodeURIComponent(image[1] ?? '')}` })
    json(response, 404, { message: 'page not found' })
  }

  const listen = (): Promise<void> => new Promise((resolve, reject) => {
    const next = createServer(handle)
    next.on('connection', (socket) => {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
    })
    next.once('error', reject)
    next.listen(socketPath, () => {
      server = next
      resolve()
    })
  })

  await listen()
  return {
    socketPath,
    url: `unix://${socketPath}`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    sendEvent(event) {
      const line = typeof event === 'string' ? event : `${JSON.stringify(event)}\n`
      for (const stream of eventStreams) stream.write(line)
    },
    openEventStreams: () => eventStreams.size,
    stop: () => new Promise((resolve) => {
      const closing = server
      server = null
      for (const socket of sockets) socket.destroy()
      if (closing) closing.close(() => resolve())
      else resolve()
    }),
    restart: listen,
  }
}
