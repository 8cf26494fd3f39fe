import { ApiError, isMethodName, validateRequest } from '../../../shared/contract'
import type { ApiHandlers, MethodName, Reply, RequestOf } from '../../../shared/contract'

export type Dispatch = (method: string, request: unknown) => Promise<Reply<unknown>>

/**
 * The one door into the core, shared by Electron IPC, the Playwright bridge and the CLI: it checks
 * the method and the request, calls the service, and turns every outcome into an envelope.
 */
export function createDispatcher(handlers: ApiHandlers, log: (error: unknown) => void = logUnexpected): Dispatch {
  return (method, request) =>
    settle(() => {
      if (!isMethodName(method)) throw new ApiError('INVALID_REQUEST', `unknown method ${String(method).slice(0, 80)}`)
      return call(handlers, method, validateRequest(method, request))
    }, log)
}

/** Runs a piece of core work and puts whatever happens into an envelope. */
export async function settle<T>(run: () => Promise<T>, log: (error: unknown) => void = logUnexpected): Promise<Reply<T>> {
  try {
    return { ok: true, value: await run() }
  } catch (error) {
    return { ok: false, error: toPayload(error, log) }
  }
}

function call<M extends MethodName>(handlers: ApiHandlers, method: M, request: RequestOf<M>): Promise<unknown> {
  const handler = handlers[method] as (request: RequestOf<M>) => Promise<unknown>
  return handler(request)
}

function toPayload(error: unknown, log: (error: unknown) => void) {
  if (error instanceof ApiError) return error.toPayload()
  log(error)
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'INTERNAL' as const, message }
}

function logUnexpected(error: unknown): void {
  console.error('[baseline] unexpected error', error)
}
