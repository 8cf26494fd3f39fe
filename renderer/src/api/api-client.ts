import type {
  ErrorPayload,
  EventListener,
  EventName,
  MethodName,
  Reply,
  RequestOf,
  ResponseOf,
  WindowApi,
} from '../../../shared/contract'
import { isErrorPayload } from '../../../shared/contract'

/**
 * What the app talks through: `window.api` in Electron (or the e2e fault-injection bridge), HTTP to
 * `baseline ui` in a browser. `isBrowserMode`: reports arrive as downloads, files come from a picker.
 */
export type Transport = WindowApi & { readonly isBrowserMode?: boolean }

/** The transport, made total: every call resolves to an envelope, even when the bridge throws. */
export interface ApiClient {
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<Reply<ResponseOf<M>>>
  on<E extends EventName>(event: E, listener: EventListener<E>): () => void
  /** Browser mode: an exported report goes to the browser's downloads; File › Open is a file picker. */
  isBrowserMode: boolean
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    isBrowserMode: transport.isBrowserMode === true,
    async call(method, request) {
      try {
        const reply: unknown = await transport.invoke(method, request)
        return isReply(reply) ? (reply as Reply<ResponseOf<typeof method>>) : failure(malformed(method))
      } catch (error) {
        // A rejected invoke means the bridge itself failed (a harness binding threw, IPC broke):
        // the UI still wants a code and a message, not an exception.
        return failure(fromThrown(error))
      }
    },
    on(event, listener) {
      return transport.on(event, listener)
    },
  }
}

function isReply(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  if (candidate.ok === true) return 'value' in candidate
  return candidate.ok === false && isErrorPayload(candidate.error)
}

function failure(error: ErrorPayload): { ok: false; error: ErrorPayload } {
  return { ok: false, error }
}

function malformed(method: string): ErrorPayload {
  return { code: 'INTERNAL', message: `${method} answered with something that is not a reply` }
}

export function fromThrown(error: unknown): ErrorPayload {
  if (isErrorPayload(error)) return { code: error.code, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'INTERNAL', message }
}
