/** The closed set of error codes a reply may carry (DESIGN.md, "One contract, two transports"). */
export const errorCodes = [
  'DOCKER_UNREACHABLE',
  'IMAGE_NOT_FOUND',
  'INVALID_REQUEST',
  'INVALID_INPUT',
  'CANCELLED',
  'CACHE_FAILURE',
  'INTERNAL',
] as const

export type ErrorCode = (typeof errorCodes)[number]

export interface ErrorPayload {
  code: ErrorCode
  message: string
  details?: unknown
}

/** Every reply travels in this envelope, so a failure is data, never "Error invoking remote method". */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

/** An error that knows its code; services throw it, the dispatcher turns it into an envelope. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.details = details
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value)
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Record<string, unknown>
  return isErrorCode(candidate.code) && typeof candidate.message === 'string'
}
