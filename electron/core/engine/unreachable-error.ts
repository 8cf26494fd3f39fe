import { ApiError } from '../../../shared/contract'
import type { EndpointAttempt, EngineStatus } from '../../../shared/model'

/**
 * "Colima: no socket at /home/me/.colima/default/docker.sock", "DOCKER_HOST (tcp://box:2376):
 * timed out": the URL is left out when the error already names the place.
 */
export function describeAttempt(attempt: EndpointAttempt): string {
  const { label, url } = attempt.endpoint
  const error = attempt.error ?? 'answered'
  const place = url.replace(/^(unix|npipe):\/\//, '')
  const where = url === '' || url === label || error.includes(place) ? label : `${label} (${url})`
  return `${where}: ${error}`
}

/**
 * The error every call gets while no engine answers: one line naming each endpoint tried and why
 * it failed, then what to do. The attempts and hint travel in details for the engine panel.
 */
export function unreachableError(status: Extract<EngineStatus, { state: 'unreachable' }>): ApiError {
  const tried = status.attempts.length === 0 ? 'no endpoint to try' : `tried ${status.attempts.map(describeAttempt).join('; ')}`
  return new ApiError('DOCKER_UNREACHABLE', `No Docker engine answered: ${tried}. ${status.hint}`, {
    attempts: status.attempts,
    hint: status.hint,
  })
}
