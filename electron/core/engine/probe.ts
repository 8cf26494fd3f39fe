import type { EndpointAttempt, EngineInfo } from '../../../shared/model'
import type { DockerClient } from './docker-client'
import type { ConnectionSpec, EndpointCandidate } from './endpoint-types'
import { identifyEngine } from './engine-identity'
import { describeConnectionError, engineMessage, httpStatusOf } from './engine-errors'

export interface ProbeDeps {
  /** Builds a client for a candidate; may throw (unreadable TLS files, no ssh agent). */
  connect(candidate: EndpointCandidate, connection: ConnectionSpec): DockerClient
  socketExists(path: string): boolean
  timeoutMs: number
}

export interface Connected {
  client: DockerClient
  engine: EngineInfo
}

export interface ProbeResult {
  /** Every endpoint tried, in order, ending with the one that answered (error null) if any did. */
  attempts: EndpointAttempt[]
  connected: Connected | null
}

/**
 * Tries candidates in order; the first that answers wins and the rest are not tried. A known
 * socket that does not exist is recorded without dialling it: a missing file is the common case
 * and says everything.
 */
export async function probeCandidates(candidates: EndpointCandidate[], deps: ProbeDeps): Promise<ProbeResult> {
  const attempts: EndpointAttempt[] = []
  for (const candidate of candidates) {
    const outcome = await probeOne(candidate, deps)
    if ('error' in outcome) {
      attempts.push({ endpoint: candidate.endpoint, error: outcome.error })
      continue
    }
    attempts.push({ endpoint: candidate.endpoint, error: null })
    return { attempts, connected: outcome }
  }
  return { attempts, connected: null }
}

async function probeOne(candidate: EndpointCandidate, deps: ProbeDeps): Promise<Connected | { error: string }> {
  const connection = candidate.connection
  if (candidate.error !== null || connection === null) return { error: candidate.error ?? 'no way to connect' }
  if (connection.kind === 'unix' && !deps.socketExists(connection.socketPath)) {
    return { error: `no socket at ${connection.socketPath}` }
  }
  let client: DockerClient
  try {
    client = deps.connect(candidate, connection)
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
  const timeout = AbortSignal.timeout(deps.timeoutMs)
  try {
    const version = await client.probe(timeout)
    const engine: EngineInfo = {
      endpoint: candidate.endpoint,
      engineVersion: version.Version,
      apiVersion: version.ApiVersion,
      os: version.Os,
      arch: version.Arch,
      // Docker Engine sends an empty Platform.Name; only a real name is worth showing.
      platformName: version.Platform?.Name || null,
      ...identifyEngine(version),
    }
    return { client, engine }
  } catch (error) {
    client.close()
    return { error: describeProbeError(error, connection, timeout.aborted, deps.timeoutMs) }
  }
}

export function describeProbeError(error: unknown, connection: ConnectionSpec, timedOut: boolean, timeoutMs: number): string {
  if (timedOut) return `no answer within ${timeoutMs / 1000} s`
  const unreachable = describeConnectionError(error, connection)
  if (unreachable !== null) return unreachable
  const status = httpStatusOf(error)
  if (status !== null) return `answered with HTTP ${status}: ${engineMessage(error)}`
  return error instanceof Error ? error.message : String(error)
}
