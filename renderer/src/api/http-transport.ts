import type { ErrorPayload, EventListener, EventName, MethodName, Reply, RequestOf, ResponseOf } from '../../../shared/contract'
import type { Transport } from './api-client'

/**
 * Browser mode (`baseline ui`): requests are POSTs to /api/<method> on the page's own origin, the
 * session cookie going along by itself; events come over one EventSource on /events, opened with
 * the first subscription. The server answers in the same envelopes as IPC.
 */
export function createHttpTransport(): Transport {
  let source: EventSource | null = null
  const events = () => (source ??= new EventSource('/events'))
  return {
    isBrowserMode: true,
    async invoke<M extends MethodName>(method: M, request: RequestOf<M>) {
      const reply = await post(method, request)
      const final = method === 'report.export' && reply.ok ? downloadReport(reply.value as { path: string | null }) : reply
      // The server answers with the dispatcher's envelope for this method; the client checks its shape.
      return final as Reply<ResponseOf<M>>
    },
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      const onMessage = (message: MessageEvent<string>) => {
        let payload: unknown
        try {
          payload = JSON.parse(message.data)
        } catch {
          return
        }
        listener(payload as Parameters<EventListener<E>>[0])
      }
      const stream = events()
      stream.addEventListener(event, onMessage)
      return () => stream.removeEventListener(event, onMessage)
    },
  }
}

async function post(method: string, request: unknown): Promise<Reply<unknown>> {
  let response: Response
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request ?? {}),
      credentials: 'same-origin',
      cache: 'no-store',
    })
  } catch {
    return failure({ code: 'INTERNAL', message: 'The Baseline server does not answer: is `baseline ui` still running?' })
  }
  if (response.status === 401) {
    return failure({ code: 'INVALID_REQUEST', message: 'This tab has no session: open the address `baseline ui` printed.' })
  }
  try {
    return (await response.json()) as Reply<unknown>
  } catch {
    return failure({ code: 'INTERNAL', message: `${method} answered ${response.status} without a reply` })
  }
}

function failure(error: ErrorPayload): Reply<never> {
  return { ok: false, error }
}

/**
 * The server wrote the report to a download address: the browser fetches it from there as a
 * download (file name and type from the server) and saves it where it keeps downloads. What the
 * page then says is the file name, which is all it knows of where the file went.
 */
function downloadReport(value: { path: string | null }): Reply<{ path: string | null }> {
  if (value.path === null) return { ok: true, value }
  const fileName = decodeURIComponent(value.path.split('/').pop() ?? 'report')
  const anchor = document.createElement('a')
  anchor.href = value.path
  anchor.download = fileName
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  return { ok: true, value: { path: fileName } }
}
