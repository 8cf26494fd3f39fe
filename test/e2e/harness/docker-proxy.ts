import { rmSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequestReader, type EngineRequest } from './engine-requests'

/** The real daemon's socket: DOCKER_HOST's when it names a unix socket, else the default one. */
export function daemonSocket(env: NodeJS.ProcessEnv = process.env): string {
  const host = env.DOCKER_HOST?.trim()
  return host?.startsWith('unix://') ? host.slice('unix://'.length) : '/var/run/docker.sock'
}

/**
 * The fault injector, and the only fake in the e2e suite. It relays bytes between a temporary unix
 * socket and the real daemon untouched; its one job is to make the engine vanish and come back on
 * demand — a fault the real daemon cannot produce for one test without stopping dockerd for
 * everything else on the machine. On the way it notes each request's method and path (it reads
 * the bytes, never changes them), so a test can count what a user action costs the engine.
 */
export interface DockerProxy {
  socketPath: string
  /** `unix://<socketPath>`: what DOCKER_HOST or the engineEndpoint setting should name. */
  endpoint: string
  isRunning(): boolean
  /** The requests relayed since the last call (or since the start), oldest first; the log is emptied. */
  takeRequests(): EngineRequest[]
  start(): Promise<void>
  /** Closes the socket and cuts every open connection (an engine event stream included). */
  stop(): Promise<void>
  dispose(): Promise<void>
}

export async function createDockerProxy(target = daemonSocket()): Promise<DockerProxy> {
  const dir = await mkdtemp(join(tmpdir(), 'baseline-e2e-proxy-'))
  const socketPath = join(dir, 'docker.sock')
  const open = new Set<Socket>()
  let server: Server | null = null
  let requests: EngineRequest[] = []

  const relay = (client: Socket): void => {
    const upstream = connect(target)
    client.on('data', createRequestReader((request) => requests.push(request)))
    for (const socket of [client, upstream]) {
      open.add(socket)
      socket.on('close', () => open.delete(socket))
    }
    // Either side failing ends both, as a dropped connection to a real engine would.
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
    client.pipe(upstream).pipe(client)
  }

  const stop = async (): Promise<void> => {
    const current = server
    server = null
    if (!current) return
    const closed = new Promise<void>((resolve) => current.close(() => resolve()))
    for (const socket of open) socket.destroy()
    await closed
    rmSync(socketPath, { force: true })
  }

  return {
    socketPath,
    endpoint: `unix://${socketPath}`,
    isRunning: () => server !== null,
    takeRequests() {
      const taken = requests
      requests = []
      return taken
    },
    async start() {
      if (server) return
      const next = createServer(relay)
      await new Promise<void>((resolve, reject) => {
        next.once('error', reject)
        next.listen(socketPath, () => resolve())
      })
      server = next
    },
    stop,
    async dispose() {
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
