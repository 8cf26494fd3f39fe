import { ApiError } from '../../../shared/contract'
import type { ConnectionSpec } from './endpoint-types'

/** What an error says about where it came from, read without trusting its shape. */
interface ErrorFacts {
  code: string
  message: string
  statusCode: number | null
  /** ssh2 marks its errors with a level ("client-socket", "client-authentication" …). */
  sshLevel: string | null
  json: unknown
}

function factsOf(error: unknown): ErrorFacts {
  const record = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : {}
  return {
    code: typeof record.code === 'string' ? record.code : '',
    message: error instanceof Error ? error.message : String(error),
    statusCode: typeof record.statusCode === 'number' ? record.statusCode : null,
    sshLevel: typeof record.level === 'string' ? record.level : null,
    json: record.json,
  }
}

export function isAbortError(error: unknown): boolean {
  const facts = factsOf(error)
  return facts.code === 'ABORT_ERR' || (error instanceof Error && error.name === 'AbortError')
}

/** Where a connection goes, as a person would name it in an error message. */
export function placeOf(spec: ConnectionSpec): string {
  switch (spec.kind) {
    case 'unix':
      return spec.socketPath
    case 'npipe':
      return spec.pipePath
    case 'tcp':
      return `${spec.host}:${spec.port}`
    case 'ssh':
      return `ssh ${spec.username ? `${spec.username}@` : ''}${spec.host}:${spec.port}`
  }
}

const TLS_CODE = /^(ERR_SSL_|ERR_TLS_)|CERT|^EPROTO$/

/**
 * One short line for a failure to reach the engine at all (as opposed to the engine answering
 * with an error), or null when the error is something else.
 */
export function describeConnectionError(error: unknown, spec: ConnectionSpec): string | null {
  const { code, message, sshLevel } = factsOf(error)
  const place = placeOf(spec)
  const isPath = spec.kind === 'unix' || spec.kind === 'npipe'
  switch (code) {
    case 'ENOENT':
      return isPath ? `no ${spec.kind === 'npipe' ? 'pipe' : 'socket'} at ${place}` : `${place} does not exist`
    case 'ECONNREFUSED':
      return isPath ? `connection refused at ${place} (nothing is listening on it)` : `connection refused by ${place}`
    case 'EACCES':
    case 'EPERM':
      return `permission denied on ${place}: add your user to the docker group ` +
        '(sudo usermod -aG docker $USER) and log in again'
    case 'ENOTSOCK':
      return `${place} is not a socket`
    case 'ETIMEDOUT':
      return `timed out connecting to ${place}`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host not found: ${spec.kind === 'tcp' || spec.kind === 'ssh' ? spec.host : place}`
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${place} is unreachable from this machine`
    case 'ECONNRESET':
    case 'EPIPE':
      return `${place} closed the connection (socket hang up)`
  }
  if (message === 'socket hang up') return `${place} closed the connection (socket hang up)`
  if (TLS_CODE.test(code)) return `TLS handshake with ${place} failed: ${message}`
  if (code.startsWith('HPE_')) return `${place} does not speak the Docker API (${message})`
  if (sshLevel !== null) return `SSH to ${place} failed: ${message}`
  return null
}

/** The engine's own words for an HTTP error: `{"message": …}` in the body, else docker-modem's text. */
export function engineMessage(error: unknown): string {
  const { json, message } = factsOf(error)
  if (typeof json === 'object' && json !== null && !Buffer.isBuffer(json)) {
    const body = (json as Record<string, unknown>).message
    if (typeof body === 'string' && body.trim() !== '') return body.trim()
  }
  if (Buffer.isBuffer(json) && json.length > 0) return json.toString('utf8').trim()
  // docker-modem formats "(HTTP code 500) server error - <engine message> "
  const dash = message.indexOf(' - ')
  return (dash >= 0 ? message.slice(dash + 3) : message).trim()
}

export function httpStatusOf(error: unknown): number | null {
  return factsOf(error).statusCode
}

export interface ErrorContext {
  spec: ConnectionSpec
  url: string
  /** The image the call was about: a 404 then means IMAGE_NOT_FOUND. */
  reference?: string
}

/** Maps anything a Docker call throws to the contract's ApiError. */
export function toApiError(error: unknown, context: ErrorContext): ApiError {
  if (error instanceof ApiError) return error
  if (isAbortError(error)) return new ApiError('CANCELLED', 'Cancelled')
  const connection = describeConnectionError(error, context.spec)
  if (connection !== null) {
    return new ApiError('DOCKER_UNREACHABLE', `Cannot reach the Docker engine at ${context.url}: ${connection}`)
  }
  const status = httpStatusOf(error)
  if (status === 404 && context.reference !== undefined) {
    return new ApiError('IMAGE_NOT_FOUND', `No such image: ${context.reference}`)
  }
  if (status === 400 && context.reference !== undefined) {
    return new ApiError('INVALID_INPUT', `Not a valid image reference: ${context.reference} (${engineMessage(error)})`)
  }
  if (status !== null) return new ApiError('INTERNAL', `Docker engine error (HTTP ${status}): ${engineMessage(error)}`)
  return new ApiError('INTERNAL', factsOf(error).message)
}
