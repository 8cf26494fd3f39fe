import { describe, expect, it } from 'vitest'
import type { EndpointAttempt } from '../../../shared/model'
import { describeAttempt, unreachableError } from './unreachable-error'

const attempt = (label: string, url: string, error: string | null): EndpointAttempt => ({
  endpoint: { source: 'known-socket', label, url },
  error,
})

describe('describeAttempt', () => {
  it('leaves the URL out when the error already names the socket', () => {
    expect(describeAttempt(attempt('Colima', 'unix:///h/.colima/default/docker.sock', 'no socket at /h/.colima/default/docker.sock')))
      .toBe('Colima: no socket at /h/.colima/default/docker.sock')
  })

  it('keeps the URL when the error does not say where', () => {
    expect(describeAttempt(attempt('DOCKER_HOST', 'tcp://box:2376', 'no answer within 2 s'))).toBe('DOCKER_HOST (tcp://box:2376): no answer within 2 s')
  })
})

describe('unreachableError', () => {
  it('names every endpoint tried, then the hint, and carries both in details', () => {
    const attempts = [
      attempt('Docker Desktop', 'unix:///h/.docker/run/docker.sock', 'no socket at /h/.docker/run/docker.sock'),
      attempt('Docker Engine (default socket)', 'unix:///var/run/docker.sock', 'permission denied on /var/run/docker.sock: add your user to the docker group'),
    ]
    const error = unreachableError({ state: 'unreachable', attempts, checkedAt: '2026-01-01T00:00:00.000Z', hint: 'Start Docker Desktop.' })
    expect(error.toPayload()).toEqual({
      code: 'DOCKER_UNREACHABLE',
      message: 'No Docker engine answered: tried Docker Desktop: no socket at /h/.docker/run/docker.sock; ' +
        'Docker Engine (default socket): permission denied on /var/run/docker.sock: add your user to the docker group. Start Docker Desktop.',
      details: { attempts, hint: 'Start Docker Desktop.' },
    })
  })
})
