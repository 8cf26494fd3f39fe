import type { ServerResponse } from 'node:http'
import type { EmitEvent } from '../../../shared/contract'
import { SECURITY_HEADERS } from './content-security-policy'

/**
 * Events reach the page as server-sent events, not over a WebSocket: they only ever flow from the
 * core to the page (requests go as plain POSTs), SSE is plain HTTP so the very same Host, Origin
 * and cookie checks guard it with no upgrade handshake to secure separately, the browser's
 * EventSource reconnects by itself, and Node serves it without a dependency.
 */
export interface EventHub {
  emit: EmitEvent
  /** Holds the response open as one page's stream until the page goes or the hub closes. */
  attach(response: ServerResponse): void
  /** How many pages listen now. */
  size(): number
  close(): void
}

/** A comment line now and then: proxies and the browser keep an idle stream open, dead ones show up. */
const HEARTBEAT_MS = 20_000
/** A page that stops reading while this much waits for it is dropped (it reconnects when it can). */
const MAX_BACKLOG_BYTES = 4 * 1024 * 1024

export function createEventHub(): EventHub {
  const streams = new Set<ServerResponse>()
  const send = (text: string) => {
    for (const stream of streams) {
      if (stream.writableLength > MAX_BACKLOG_BYTES) stream.destroy()
      else stream.write(text)
    }
  }
  const heartbeat = setInterval(() => send(': keep-alive\n\n'), HEARTBEAT_MS)
  heartbeat.unref()
  return {
    // JSON.stringify escapes every newline, so one data line always holds the whole payload.
    emit: (event, payload) => send(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`),
    attach(response) {
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'X-Accel-Buffering': 'no',
      })
      response.write(': connected\n\n')
      streams.add(response)
      response.on('close', () => streams.delete(response))
    },
    size: () => streams.size,
    close() {
      clearInterval(heartbeat)
      for (const stream of streams) stream.end()
      streams.clear()
    },
  }
}
