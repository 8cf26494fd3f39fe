import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import type { EngineEndpoint } from '../../../shared/model'
import { createDockerClient, imagePath } from './docker-client'
import type { DockerClient } from './docker-client'
import { FAKE_VERSION, startFakeEngine } from './fake-engine'
import type { FakeEngine } from './fake-engine'

let dir = ''
let engine: FakeEngine
let client: DockerClient

function clientFor(socketPath: string): DockerClient {
  const endpoint: EngineEndpoint = { source: 'setting', label: 'Baseline setting', url: `unix://${socketPath}` }
  return createDockerClient(endpoint, { kind: 'unix', socketPath }, {})
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (reason: unknown) => reason)
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`)
  return error
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-client-'))
  engine = await startFakeEngine(dir)
  client = clientFor(engine.socketPath)
})

afterEach(async () => {
  client.close()
  await engine.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('createDockerClient', () => {
  it('probes with /_ping first, then reads /version and the storage driver from /info', async () => {
    engine.route('/info', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"Driver":"overlayfs","DriverStatus":[["driver-type","io.containerd.snapshotter.v1"]]}')
    })
    expect(await client.probe(AbortSignal.timeout(2000))).toEqual({
      ...FAKE_VERSION,
      Storage: { Driver: 'overlayfs', DriverStatus: [['driver-type', 'io.containerd.snapshotter.v1']] },
    })
    expect(engine.requests[0]).toBe('GET /_ping')
    expect([...engine.requests.slice(1)].sort()).toEqual(['GET /info', 'GET /version'])
  })

  it('still identifies an engine whose /info fails', async () => {
    expect(await client.probe(AbortSignal.timeout(2000))).toEqual(FAKE_VERSION)
  })

  it('sends an image name with its slashes and colon as the docker CLI does', async () => {
    engine.route('/images/library/app:1.0/json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"Id":"sha256:1"}')
    })
    expect(await client.inspectImage('library/app:1.0')).toEqual({ Id: 'sha256:1' })
  })

  it('a 404 on an image is IMAGE_NOT_FOUND', async () => {
    const error = await rejection(client.imageHistory('nope:1'))
    expect(error.toPayload()).toEqual({ code: 'IMAGE_NOT_FOUND', message: 'No such image: nope:1' })
  })

  it("an engine failure is INTERNAL with the engine's own message", async () => {
    engine.route('/images/json', (_request, response) => {
      response.writeHead(500, { 'Content-Type': 'application/json' })
      response.end('{"message":"layer store is locked"}')
    })
    const error = await rejection(client.listImages())
    expect(error.code).toBe('INTERNAL')
    expect(error.message).toBe('Docker engine error (HTTP 500): layer store is locked')
  })

  it('a body of the wrong kind is refused rather than passed on', async () => {
    engine.route('/images/json', (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end('{"not":"a list"}')
    })
    expect((await rejection(client.listImages())).message).toMatch(/did not return a JSON array/)
  })

  it('an abort during the call is CANCELLED', async () => {
    engine.route('/images/json', () => {})
    const controller = new AbortController()
    const pending = client.listImages({ signal: controller.signal })
    setTimeout(() => controller.abort(), 50)
    expect((await rejection(pending)).code).toBe('CANCELLED')
  })

  it('an already aborted signal never dials', async () => {
    const error = await rejection(client.inspectImage('x', { signal: AbortSignal.abort() }))
    expect(error.code).toBe('CANCELLED')
    expect(engine.requests).toEqual([])
  })

  it('reads the shared disk use from /system/df, and is null when the engine cannot tell', async () => {
    expect(await client.imagesDiskUsage()).toBe(1234)
    engine.route('/system/df', (_request, response) => {
      response.writeHead(500)
      response.end()
    })
    expect(await client.imagesDiskUsage()).toBeNull()
  })

  it('asks the engine to filter events', async () => {
    const stream = await client.events({ type: ['image'] })
    stream.destroy()
    expect(engine.requests[0]).toBe(`GET /events?filters=${encodeURIComponent('{"type":["image"]}')}`)
  })

  it('a socket nobody listens on is DOCKER_UNREACHABLE naming the socket', async () => {
    const gone = clientFor(join(dir, 'gone.sock'))
    const error = await rejection(gone.version())
    expect(error.code).toBe('DOCKER_UNREACHABLE')
    expect(error.message).toBe(`Cannot reach the Docker engine at unix://${join(dir, 'gone.sock')}: no socket at ${join(dir, 'gone.sock')}`)
    gone.close()
  })
})

describe('imagePath', () => {
  it('keeps the reference grammar and escapes the rest', () => {
    expect(imagePath('ghcr.io/org/app:1.2@sha256:abc')).toBe('ghcr.io/org/app:1.2@sha256:abc')
    expect(imagePath('a b?c#d')).toBe('a%20b%3Fc%23d')
  })

  it('refuses dot segments that would reach another endpoint', () => {
    expect(() => imagePath('../../containers/x')).toThrow(/No such image/)
  })
})
