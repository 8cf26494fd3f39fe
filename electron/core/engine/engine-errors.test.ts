import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import type { ConnectionSpec } from './endpoint-types'
import { describeConnectionError, engineMessage, toApiError } from './engine-errors'

const unix: ConnectionSpec = { kind: 'unix', socketPath: '/var/run/docker.sock' }
const tcp: ConnectionSpec = { kind: 'tcp', host: 'box', port: 2376, tls: null }
const context = { spec: unix, url: 'unix:///var/run/docker.sock' }

function nodeError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code })
}

function httpError(statusCode: number, json: unknown, message = `(HTTP code ${statusCode}) server error - boom `): Error {
  return Object.assign(new Error(message), { statusCode, json })
}

describe('describeConnectionError', () => {
  it.each([
    ['ENOENT', unix, 'no socket at /var/run/docker.sock'],
    ['ECONNREFUSED', unix, 'connection refused at /var/run/docker.sock (nothing is listening on it)'],
    ['ECONNREFUSED', tcp, 'connection refused by box:2376'],
    ['ETIMEDOUT', tcp, 'timed out connecting to box:2376'],
    ['ENOTFOUND', tcp, 'host not found: box'],
    ['ECONNRESET', tcp, 'box:2376 closed the connection (socket hang up)'],
  ] as const)('%s on %j', (code, spec, expected) => {
    expect(describeConnectionError(nodeError(code), spec)).toBe(expected)
  })

  it('EACCES explains the docker group', () => {
    expect(describeConnectionError(nodeError('EACCES'), unix)).toMatch(/permission denied on \/var\/run\/docker.sock: add your user to the docker group/)
  })

  it('recognises "socket hang up" without a code', () => {
    expect(describeConnectionError(new Error('socket hang up'), tcp)).toMatch(/closed the connection/)
  })

  it('names TLS failures', () => {
    const error = nodeError('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate')
    expect(describeConnectionError(error, tcp)).toBe('TLS handshake with box:2376 failed: self-signed certificate')
    expect(describeConnectionError(nodeError('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), tcp)).toMatch(/^TLS handshake/)
  })

  it('names ssh failures', () => {
    const error = Object.assign(new Error('All configured authentication methods failed'), { level: 'client-authentication' })
    const ssh: ConnectionSpec = { kind: 'ssh', host: 'box', port: 22, username: 'me' }
    expect(describeConnectionError(error, ssh)).toBe('SSH to ssh me@box:22 failed: All configured authentication methods failed')
  })

  it('is null for an answer from the engine', () => {
    expect(describeConnectionError(httpError(500, { message: 'x' }), unix)).toBeNull()
  })
})

describe('toApiError', () => {
  it('a connection failure is DOCKER_UNREACHABLE with one clear line', () => {
    const error = toApiError(nodeError('ECONNREFUSED'), context)
    expect(error.code).toBe('DOCKER_UNREACHABLE')
    expect(error.message).toBe(
      'Cannot reach the Docker engine at unix:///var/run/docker.sock: connection refused at /var/run/docker.sock (nothing is listening on it)')
  })

  it('a 404 on an image is IMAGE_NOT_FOUND naming the image as asked', () => {
    const error = toApiError(httpError(404, { message: 'No such image: nope:latest' }), { ...context, reference: 'nope' })
    expect(error.toPayload()).toEqual({ code: 'IMAGE_NOT_FOUND', message: 'No such image: nope' })
  })

  it("other engine errors are INTERNAL with the engine's message", () => {
    const error = toApiError(httpError(500, { message: 'layer does not exist' }), context)
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('Docker engine error (HTTP 500): layer does not exist')
  })

  it('an abort is CANCELLED', () => {
    const abort = Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' })
    expect(toApiError(abort, context).code).toBe('CANCELLED')
  })

  it('passes an ApiError through untouched', () => {
    const original = new ApiError('INVALID_INPUT', 'bad')
    expect(toApiError(original, context)).toBe(original)
  })
})

describe('engineMessage', () => {
  it('falls back to the text docker-modem built when the body is not JSON', () => {
    expect(engineMessage(httpError(500, null, '(HTTP code 500) server error - disk full '))).toBe('disk full')
    expect(engineMessage(httpError(502, Buffer.from('Bad Gateway\n')))).toBe('Bad Gateway')
  })
})
