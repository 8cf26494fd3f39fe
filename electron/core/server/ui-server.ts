import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Dispatch } from '../api/dispatch'
import type { DownloadShell } from './download-shell'
import type { EventHub } from './event-stream'
import { handleRequest } from './request-handler'
import { createSessionKeys, type SessionKeys } from './session-guard'
import { rendererEntry } from './static-files'

export const LOOPBACK = '127.0.0.1'

export interface UiServerOptions {
  dispatch: Dispatch
  events: EventHub
  downloads: DownloadShell
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 127.0.0.1 unless the person asked for another address. */
  host?: string
  /** 0: any free port. */
  port?: number
  /** Fresh secrets when absent. */
  keys?: SessionKeys
  /** Where an unexpected failure of one request is told (never a URL: it may carry the token). */
  log?: (message: string) => void
}

export interface UiServer {
  /** "http://127.0.0.1:4780": the address pages are served from. */
  origin: string
  /** The address to open once: the origin with the session's one-time token. */
  entryUrl: string
  /** What the listening socket is bound to, as the OS reports it. */
  address(): AddressInfo
  /** Stops listening, ends every event stream and open connection. */
  close(): Promise<void>
}

/** An IPv6 literal goes in brackets in a URL and in the Host header. */
export function hostForUrl(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}

export class PortTakenError extends Error {
  constructor(readonly port: number, readonly host: string) {
    super(`port ${port} on ${host} is taken by another program`)
  }
}

/** Starts listening; rejects with PortTakenError when the port is in use, so the caller can say so. */
export async function startUiServer(options: UiServerOptions): Promise<UiServer> {
  if (!existsSync(rendererEntry(options.rendererDir))) {
    throw new Error(`the built app is missing (${rendererEntry(options.rendererDir)}): run \`npm run build\` first`)
  }
  const host = options.host ?? LOOPBACK
  const keys = options.keys ?? createSessionKeys()
  const log = options.log ?? ((message: string) => console.error(`[baseline] ${message}`))
  let hostPort = ''
  const server = createServer((request, response) => {
    handleRequest({ ...options, keys, hostPort }, request, response).catch((error: unknown) => {
      log(`a request failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!response.headersSent) response.writeHead(500).end()
      else response.destroy()
    })
  })
  const port = await listen(server, host, options.port ?? 0)
  hostPort = `${hostForUrl(host)}:${port}`
  const origin = `http://${hostPort}`
  return {
    origin,
    entryUrl: `${origin}/?token=${keys.token}`,
    address: () => server.address() as AddressInfo,
    close: () => close(server, options.events),
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortTakenError(port, host) : error))
    server.listen({ host, port, exclusive: true }, () => resolve((server.address() as AddressInfo).port))
  })
}

function close(server: Server, events: EventHub): Promise<void> {
  events.close()
  return new Promise((resolve) => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
