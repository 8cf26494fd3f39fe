import type { EngineStatus } from '../../../shared/model'
import type { Discovery } from './endpoint-types'
import { probeCandidates } from './probe'
import type { Connected, ProbeDeps } from './probe'

/** How much longer the only endpoint to try may take to answer than one of several known sockets. */
const AUTHORITATIVE_PROBE_FACTOR = 5

export interface EngineConnectionDeps {
  /** Re-read at every probe: the setting or the environment may have changed. */
  discover(): Discovery
  probe: ProbeDeps
  /** The state, the endpoint or the engine version changed; `status` is already current. */
  onChange(status: EngineStatus): void
}

/** Which engine we are on, or that we are on none: what engine.changed reports a change of. */
export interface EngineConnection {
  status(): EngineStatus | null
  connected(): Connected | null
  /** Probes now; concurrent callers share one probe. */
  refresh(): Promise<EngineStatus>
  /** Drops the connection; a probe in flight is discarded when it lands. */
  reset(): void
  close(): Promise<void>
}

function signatureOf(status: EngineStatus): string {
  return status.state === 'connected'
    ? `connected ${status.engine.endpoint.url} ${status.engine.engineVersion}`
    : 'unreachable'
}

export function createEngineConnection(deps: EngineConnectionDeps): EngineConnection {
  let status: EngineStatus | null = null
  let connected: Connected | null = null
  let lastSignature: string | null = null
  let inFlight: Promise<EngineStatus> | null = null
  let generation = 0
  let closed = false

  const apply = (next: Connected | null, nextStatus: EngineStatus): void => {
    const signature = signatureOf(nextStatus)
    // Same engine as before: keep the client we have (its event stream runs on it), drop the probe's.
    if (next && connected && signature === lastSignature) {
      next.client.close()
      next = { client: connected.client, engine: next.engine }
    } else if (connected && connected.client !== next?.client) {
      connected.client.close()
    }
    connected = next
    status = nextStatus
    if (signature !== lastSignature) {
      lastSignature = signature
      deps.onChange(nextStatus)
    }
  }

  const probe = async (): Promise<EngineStatus> => {
    const startedIn = generation
    const discovery = deps.discover()
    // One chosen endpoint (a setting, DOCKER_HOST, a context) has nothing to fall back to: give it
    // longer. A busy Podman service has been seen taking over 2 s to answer /_ping here.
    const probe = discovery.authoritative ? { ...deps.probe, timeoutMs: deps.probe.timeoutMs * AUTHORITATIVE_PROBE_FACTOR } : deps.probe
    const result = await probeCandidates(discovery.candidates, probe)
    const checkedAt = new Date().toISOString()
    const nextStatus: EngineStatus = result.connected
      ? { state: 'connected', engine: result.connected.engine, attempts: result.attempts, checkedAt }
      : { state: 'unreachable', attempts: result.attempts, checkedAt, hint: discovery.hint }
    if (closed || startedIn !== generation) {
      result.connected?.client.close()
      return nextStatus
    }
    apply(result.connected, nextStatus)
    return nextStatus
  }

  return {
    status: () => status,
    connected: () => connected,
    refresh() {
      if (inFlight) return inFlight
      const current = probe().finally(() => {
        if (inFlight === current) inFlight = null
      })
      inFlight = current
      return current
    },
    reset() {
      generation += 1
      inFlight = null
      connected?.client.close()
      connected = null
      status = null
    },
    async close() {
      closed = true
      await inFlight?.catch(() => undefined)
      connected?.client.close()
      connected = null
    },
  }
}
