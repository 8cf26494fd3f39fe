import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { ApiError } from '../../../shared/contract'
import type { EngineStatus } from '../../../shared/model'
import { createBackoff } from './backoff'
import type { Backoff } from './backoff'
import { discoverEndpoints } from './discovery'
import { createDockerClient } from './docker-client'
import type { DockerClient } from './docker-client'
import type { EngineClient } from './engine-api-types'
import { createEngineConnection } from './engine-connection'
import type { EngineConnection } from './engine-connection'
import { createEngineMonitor } from './engine-monitor'
import type { EngineService, EngineServiceDeps } from './engine-service-types'
import { unreachableError } from './unreachable-error'

/**
 * Discovery, the connection and the watch over it. `status` and `client` work without `start`
 * (the CLI never starts it, and must exit as soon as it is done); `start` adds the events stream
 * and reconnection with backoff, which `dispose` ends without leaving a timer or socket behind.
 */
export function createEngineService(deps: EngineServiceDeps): EngineService {
  const options = deps.options ?? {}
  const backoff = createBackoff(options.retryInitialMs ?? 1_000, options.retryMaxMs ?? 30_000)
  const connection = connectionFor(deps, backoff)
  const monitor = createEngineMonitor({ connection, backoff, emit: deps.emit, debounceMs: options.eventsDebounceMs ?? 150 })
  const guardedClients = new WeakMap<DockerClient, EngineClient>()

  const guarded = (client: DockerClient): EngineClient => {
    let api = guardedClients.get(client)
    if (!api) {
      api = guardClient(client, monitor.refresh, () => connection.connected()?.client ?? null)
      guardedClients.set(client, api)
    }
    return api
  }

  return {
    async status(request) {
      const cached = connection.status()
      return cached !== null && !request?.refresh ? cached : monitor.refresh()
    },
    async client() {
      const current = connection.connected()
      if (current) return guarded(current.client)
      const status = await monitor.refresh()
      if (status.state === 'unreachable') throw unreachableError(status)
      const fresh = connection.connected()
      if (!fresh) throw new ApiError('DOCKER_UNREACHABLE', 'The engine connection was reset; try again.')
      return guarded(fresh.client)
    },
    reset: () => monitor.reset(),
    start: () => monitor.start(),
    async dispose() {
      monitor.stop()
      await connection.close()
    },
  }
}

function connectionFor(deps: EngineServiceDeps, backoff: Backoff): EngineConnection {
  const platform = deps.options?.platform ?? process.platform
  return createEngineConnection({
    discover: () => discoverEndpoints({
      env: deps.env,
      setting: deps.getEndpointSetting(),
      platform,
      uid: typeof process.getuid === 'function' ? process.getuid() : null,
      homedir: homedir(),
    }),
    probe: {
      connect: (candidate, spec) => createDockerClient(candidate.endpoint, spec, deps.env),
      socketExists: existsSync,
      timeoutMs: deps.options?.probeTimeoutMs ?? 2_000,
    },
    onChange: (status) => {
      if (status.state === 'connected') backoff.reset()
      deps.emit('engine.changed', status)
    },
  })
}

/**
 * Calls through the current client. A connection failure mid-session means the engine restarted
 * (a stale keep-alive socket) or went away: re-probe, which also tells the renderer, and retry the
 * call once — every EngineClient call is a GET, so retrying is safe.
 */
function guardClient(
  client: DockerClient,
  refresh: () => Promise<EngineStatus>,
  currentClient: () => DockerClient | null,
): EngineClient {
  const run = async <T>(call: (target: EngineClient) => Promise<T>): Promise<T> => {
    try {
      return await call(client)
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'DOCKER_UNREACHABLE') throw error
      const status = await refresh()
      if (status.state === 'unreachable') throw unreachableError(status)
      const next = currentClient()
      if (next === null) throw error
      return call(next)
    }
  }
  return {
    listImages: (callOptions) => run((target) => target.listImages(callOptions)),
    inspectImage: (reference, callOptions) => run((target) => target.inspectImage(reference, callOptions)),
    imageHistory: (reference, callOptions) => run((target) => target.imageHistory(reference, callOptions)),
    imagesDiskUsage: (callOptions) => run((target) => target.imagesDiskUsage(callOptions)),
    version: (callOptions) => run((target) => target.version(callOptions)),
    // Retrying is safe here too: a failed connection has sent no byte of the export yet.
    exportImage: (reference, callOptions) => run((target) => target.exportImage(reference, callOptions)),
  }
}
