import type { ErrorPayload } from '../../shared/contract'
import type { EndpointAttempt } from '../../shared/model'
import { oneLine } from './table'

export const DEFAULT_HINT =
  'Start Docker (Docker Desktop, Colima, OrbStack, Podman …), or point DOCKER_HOST at a running engine.'

/** Why nothing answered: the endpoints tried and the hint, from the error or the engine status. */
export interface Unreachable {
  attempts: EndpointAttempt[]
  hint: string | null
}

function isAttempt(value: unknown): value is EndpointAttempt {
  if (typeof value !== 'object' || value === null) return false
  const { endpoint, error } = value as Record<string, unknown>
  if (typeof endpoint !== 'object' || endpoint === null) return false
  const { label, url } = endpoint as Record<string, unknown>
  return typeof label === 'string' && typeof url === 'string' && (error === null || typeof error === 'string')
}

/** The `{attempts, hint?}` a DOCKER_UNREACHABLE error carries, read without trusting its shape. */
export function unreachableFrom(details: unknown): Unreachable | null {
  if (typeof details !== 'object' || details === null) return null
  const { attempts, hint } = details as Record<string, unknown>
  if (!Array.isArray(attempts) || !attempts.every(isAttempt)) return null
  return { attempts, hint: typeof hint === 'string' && hint.trim() !== '' ? hint : null }
}

/**
 * No engine answered: a line that says so, one line per endpoint tried with its error, the hint.
 * Without attempts (the connection dropped mid-call) the engine's message stands alone.
 */
export function unreachableLines(unreachable: Unreachable | null, message: string): string[] {
  if (unreachable === null || unreachable.attempts.length === 0) {
    return [`baseline: no Docker engine answered: ${oneLine(message)}`, oneLine(unreachable?.hint ?? DEFAULT_HINT)]
  }
  const tried = unreachable.attempts.map(({ endpoint, error }) => {
    const where = endpoint.url === '' || endpoint.url === endpoint.label ? endpoint.label : `${endpoint.label} (${endpoint.url})`
    return `  ${where}: ${oneLine(error ?? 'answered, then failed')}`
  })
  return ['baseline: no Docker engine answered. Tried:', ...tried, oneLine(unreachable.hint ?? DEFAULT_HINT)]
}

/** Any other failure: one line, "baseline: No such image: x". */
export function failureLine(error: ErrorPayload): string {
  return `baseline: ${oneLine(error.message) || error.code}`
}
