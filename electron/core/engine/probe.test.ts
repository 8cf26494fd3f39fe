import { describe, expect, it, vi } from 'vitest'
import type { EngineEndpoint } from '../../../shared/model'
import type { DockerClient } from './docker-client'
import type { ConnectionSpec, EndpointCandidate } from './endpoint-types'
import { FAKE_VERSION } from './fake-engine'
import { probeCandidates } from './probe'
import type { ProbeDeps } from './probe'

function candidate(label: string, connection: ConnectionSpec | null, error: string | null = null): EndpointCandidate {
  const url = connection?.kind === 'unix' ? `unix://${connection.socketPath}` : `tcp://${label}`
  const endpoint: EngineEndpoint = { source: 'known-socket', label, url }
  return { endpoint, connection, error }
}

function fakeClient(probe: (signal: AbortSignal) => Promise<typeof FAKE_VERSION>): DockerClient {
  return { probe, close: vi.fn() } as unknown as DockerClient
}

function deps(clients: Record<string, DockerClient>, existing: string[] = []): ProbeDeps & { connect: ReturnType<typeof vi.fn> } {
  return {
    connect: vi.fn((c: EndpointCandidate) => {
      const client = clients[c.endpoint.label]
      if (!client) throw new Error(`cannot read TLS file /certs/ca.pem: ENOENT`)
      return client
    }),
    socketExists: (path) => existing.includes(path),
    timeoutMs: 100,
  }
}

const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))

describe('probeCandidates', () => {
  it('records a missing socket without dialling it, and the first engine that answers wins', async () => {
    const winner = fakeClient(async () => FAKE_VERSION)
    const later = fakeClient(async () => FAKE_VERSION)
    const probeDeps = deps({ Colima: winner, Podman: later }, ['/colima.sock', '/podman.sock'])
    const result = await probeCandidates([
      candidate('Docker Desktop', { kind: 'unix', socketPath: '/desktop.sock' }),
      candidate('Colima', { kind: 'unix', socketPath: '/colima.sock' }),
      candidate('Podman', { kind: 'unix', socketPath: '/podman.sock' }),
    ], probeDeps)
    expect(result.attempts.map((a) => [a.endpoint.label, a.error])).toEqual([
      ['Docker Desktop', 'no socket at /desktop.sock'],
      ['Colima', null],
    ])
    expect(probeDeps.connect).toHaveBeenCalledTimes(1)
    expect(result.connected?.client).toBe(winner)
    expect(result.connected?.engine).toMatchObject({ engineVersion: '99.1.0-fake', apiVersion: '1.41', platformName: 'Fake Engine' })
  })

  it('describes each failure in one line and closes clients that did not answer', async () => {
    const dead = fakeClient(refused)
    const slow = fakeClient((signal) => new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason))
    }))
    const result = await probeCandidates([
      candidate('dead', { kind: 'unix', socketPath: '/dead.sock' }),
      candidate('slow', { kind: 'tcp', host: 'slow', port: 2375, tls: null }),
      candidate('tls', { kind: 'tcp', host: 'tls', port: 2376, tls: null }),
      candidate('bad', null, '"bogus://x" is not an engine URL: unsupported scheme "bogus"'),
    ], deps({ dead, slow }, ['/dead.sock']))
    expect(result.connected).toBeNull()
    expect(result.attempts.map((a) => a.error)).toEqual([
      'connection refused at /dead.sock (nothing is listening on it)',
      'no answer within 0.1 s',
      'cannot read TLS file /certs/ca.pem: ENOENT',
      '"bogus://x" is not an engine URL: unsupported scheme "bogus"',
    ])
    expect(dead.close).toHaveBeenCalled()
    expect(slow.close).toHaveBeenCalled()
  })
})
