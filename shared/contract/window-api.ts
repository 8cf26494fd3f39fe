import type { Reply } from './errors'
import type { EventName, EventListener } from './events'
import type { MethodName, RequestOf, ResponseOf } from './methods'

/**
 * The object the preload (or the test harness) puts on `window.api`. Only the ApiProvider in the
 * renderer touches it; components go through the provider.
 */
export interface WindowApi {
  invoke<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Reply<ResponseOf<M>>>
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void
}

/** The IPC channel name of a method; events use the same prefix. */
export const channelOf = (name: string): string => `baseline:${name}`
