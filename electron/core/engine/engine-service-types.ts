import type { EmitEvent } from '../../../shared/contract'
import type { EngineStatus } from '../../../shared/model'
import type { EngineClient } from './engine-api-types'

export interface EngineServiceDeps {
  /** The environment discovery reads: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_CONTEXT, DOCKER_CONFIG, HOME, XDG_RUNTIME_DIR. */
  env: NodeJS.ProcessEnv
  /** The endpoint chosen in the app's settings, read at every probe; null: discover. */
  getEndpointSetting: () => string | null
  /** engine.changed when the state flips; images.changed on image events. */
  emit: EmitEvent
  /** Tuning and seams for tests; production code leaves them unset. */
  options?: EngineServiceOptions
}

export interface EngineServiceOptions {
  /** Defaults to process.platform: decides the known sockets (npipe on Windows). */
  platform?: NodeJS.Platform
  /** How long one endpoint may take to answer /_ping and /version; 2000 ms. */
  probeTimeoutMs?: number
  /** First reconnection delay while unreachable, doubling up to retryMaxMs; 1000 ms. */
  retryInitialMs?: number
  /** 30000 ms. */
  retryMaxMs?: number
  /** Quiet time before a burst of image events becomes one images.changed; 150 ms. */
  eventsDebounceMs?: number
}

export interface EngineService {
  /** The last known status; `refresh` probes every candidate again now. */
  status(options?: { refresh?: boolean }): Promise<EngineStatus>
  /**
   * A client of the engine that answered (probing first if none has yet). Throws
   * ApiError('DOCKER_UNREACHABLE', …, { attempts }) when no endpoint answers.
   */
  client(): Promise<EngineClient>
  /** Forget the connection (the endpoint setting changed); the next call probes again. */
  reset(): void
  /** Watch engine events and reconnect with backoff while unreachable. The CLI never calls it. */
  start(): void
  dispose(): Promise<void>
}
