import type { EmitEvent } from '../../../shared/contract'
import type { EngineStatus } from '../../../shared/model'
import type { Backoff } from './backoff'
import type { DockerClient } from './docker-client'
import type { EngineConnection } from './engine-connection'
import { watchImageEvents } from './event-watcher'
import type { EventWatch } from './event-watcher'

const MAX_EVENT_WAIT_MS = 1_000
/** An events stream that lived this long was healthy: its end is news, not flapping. */
const HEALTHY_STREAM_MS = 5_000

export interface EngineMonitorDeps {
  connection: EngineConnection
  backoff: Backoff
  emit: EmitEvent
  debounceMs: number
}

export interface EngineMonitor {
  /** Probes now; once started, then watches whatever answered or schedules the next try. */
  refresh(): Promise<EngineStatus>
  start(): void
  /** Drops the connection and the watch on it; a started monitor probes again at once. */
  reset(): void
  /** Ends the watch and the retry timer for good. */
  stop(): void
}

/**
 * Keeps the app's view of the engine live: an image-events stream while connected, reconnection
 * with backoff (1 s doubling to 30 s) while not, and a re-probe whenever the stream ends.
 */
export function createEngineMonitor(deps: EngineMonitorDeps): EngineMonitor {
  const { connection, backoff } = deps
  let started = false
  let stopped = false
  let watch: EventWatch | null = null
  let subscribing: DockerClient | null = null
  let retryTimer: NodeJS.Timeout | null = null
  const active = () => started && !stopped

  const refresh = async (): Promise<EngineStatus> => {
    const status = await connection.refresh()
    if (active()) keepWatching()
    return status
  }
  const refreshInBackground = (): void => {
    refresh().catch(() => scheduleRetry())
  }

  function stopWatch(): void {
    watch?.stop()
    watch = null
  }

  function clearRetry(): void {
    if (retryTimer !== null) clearTimeout(retryTimer)
    retryTimer = null
  }

  function scheduleRetry(): void {
    if (retryTimer !== null || !active()) return
    retryTimer = setTimeout(() => {
      retryTimer = null
      refreshInBackground()
    }, backoff.next())
  }

  function keepWatching(): void {
    const current = connection.connected()
    if (current === null) {
      stopWatch()
      scheduleRetry()
    } else if (watch?.client !== current.client && subscribing !== current.client) {
      void subscribe(current.client)
    }
  }

  async function subscribe(client: DockerClient): Promise<void> {
    stopWatch()
    subscribing = client
    try {
      const next = await watchImageEvents(client, {
        debounceMs: deps.debounceMs,
        maxWaitMs: MAX_EVENT_WAIT_MS,
        onChange: (change) => deps.emit('images.changed', change),
        onEnded: watchEnded,
      })
      // The engine may have changed, or the monitor stopped, while the subscription was opening.
      if (active() && connection.connected()?.client === client) watch = next
      else next.stop()
    } catch {
      scheduleRetry()
    } finally {
      if (subscribing === client) subscribing = null
    }
  }

  // The stream ends when the engine stops or restarts: find out which at once if it had been
  // healthy, with backoff if streams keep dying young.
  function watchEnded(ended: EventWatch): void {
    if (watch !== ended) return
    watch = null
    if (Date.now() - ended.startedAt >= HEALTHY_STREAM_MS) {
      backoff.reset()
      refreshInBackground()
    } else {
      scheduleRetry()
    }
  }

  return {
    refresh,
    start() {
      if (started || stopped) return
      started = true
      refreshInBackground()
    },
    reset() {
      stopWatch()
      clearRetry()
      connection.reset()
      if (active()) refreshInBackground()
    },
    stop() {
      stopped = true
      clearRetry()
      stopWatch()
    },
  }
}
