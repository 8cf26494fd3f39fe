import type { ApiHandlers, EmitEvent } from '../../shared/contract'

export interface ServicesDeps {
  /** Where settings (and later the cache) live: the app's userData, or the CLI's XDG folder. */
  dataDir: string
  emit: EmitEvent
  /** The environment discovery reads (DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, HOME …). */
  env?: NodeJS.ProcessEnv
}

export interface Services {
  /** Typed as the contract: one function per method. */
  handlers: ApiHandlers
  /** Begins watching the engine (events, reconnection). The CLI does not call it. */
  start(): void
  dispose(): Promise<void>
}

/** Composition root: wires engine, images and settings into the contract. */
export declare function createServices(deps: ServicesDeps): Services
