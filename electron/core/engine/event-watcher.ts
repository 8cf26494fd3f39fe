import { createDebouncer } from './debounce'
import type { DockerClient } from './docker-client'
import { createEventsParser } from './events-parser'
import { IMAGE_EVENT_FILTERS, imageChangeOf } from './image-events'
import type { ImagesChanged } from './image-events'

export interface EventWatch {
  readonly client: DockerClient
  /** When the subscription was answered (ms since epoch): how long it lived tells flapping from loss. */
  readonly startedAt: number
  /** Ends the subscription and drops a pending change; no callback fires afterwards. */
  stop(): void
}

export interface EventWatchOptions {
  debounceMs: number
  maxWaitMs: number
  onChange(change: ImagesChanged): void
  /** The stream ended or failed on its own: the engine went away or restarted. */
  onEnded(watch: EventWatch): void
}

/**
 * Subscribes to the engine's image events and reports debounced list changes. Throws an ApiError
 * when the subscription itself is refused.
 */
export async function watchImageEvents(client: DockerClient, options: EventWatchOptions): Promise<EventWatch> {
  const controller = new AbortController()
  const stream = await client.events(IMAGE_EVENT_FILTERS, { signal: controller.signal })
  const debouncer = createDebouncer(options.debounceMs, options.maxWaitMs, options.onChange)
  const parser = createEventsParser((event) => {
    const change = imageChangeOf(event)
    if (change) debouncer.push(change)
  })
  let finished = false
  const watch: EventWatch = {
    client,
    startedAt: Date.now(),
    stop() {
      finished = true
      debouncer.cancel()
      controller.abort()
      stream.destroy()
    },
  }
  // A change already seen is reported at once on an end: it happened before the engine went away,
  // and no timer may outlive the stream.
  const ended = (): void => {
    if (finished) return
    finished = true
    parser.end()
    debouncer.flushNow()
    options.onEnded(watch)
  }
  stream.on('data', (chunk: Buffer | string) => {
    if (!finished) parser.push(chunk)
  })
  stream.on('end', ended)
  stream.on('close', ended)
  // Without an error listener a dropped connection would crash the process.
  stream.on('error', ended)
  return watch
}
