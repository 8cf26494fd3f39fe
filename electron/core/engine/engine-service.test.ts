import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import type { ApiEvents, EventName } from '../../../shared/contract'
import { createEngineService } from './engine-service'
import type { EngineService } from './engine-service-types'
import { startFakeEngine } from './fake-engine'
import type { FakeEngine } from './fake-engine'

type Emitted = { [E in EventName]: { event: E; payload: ApiEvents[E] } }[EventName]

let dir = ''
let engine: FakeEngine
let setting: string | null
let emitted: Emitted[]
let service: EngineService

const imageEvent = (action: string, n: number) => ({ Type: 'image', Action: action, Actor: { ID: `sha256:${String(n).repeat(64)}` } })
const changes = (event: EventName) => emitted.filter((e) => e.event === event)
const states = () => emitted.flatMap((e) => (e.event === 'engine.changed' ? [e.payload.state] : []))

async function waitFor(check: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-engine-'))
  engine = await startFakeEngine(dir)
  setting = engine.url
  emitted = []
  service = createEngineService({
    env: { HOME: dir },
    getEndpointSetting: () => setting,
    emit: (event, payload) => emitted.push({ event, payload } as Emitted),
    options: { probeTimeoutMs: 500, retryInitialMs: 20, retryMaxMs: 100, eventsDebounceMs: 20 },
  })
})

afterEach(async () => {
  await service.dispose()
  await engine.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('engine service without start (the CLI)', () => {
  it('probes once, reports the engine that answered and caches the status', async () => {
    const status = await service.status()
    expect(status).toMatchObject({
      state: 'connected',
      engine: { engineVersion: '99.1.0-fake', apiVersion: '1.41', platformName: 'Fake Engine', endpoint: { source: 'setting', url: engine.url } },
      attempts: [{ endpoint: { source: 'setting' }, error: null }],
    })
    await service.status()
    await service.client()
    expect(engine.requests.filter((r) => r === 'GET /version')).toHaveLength(1)
    expect(changes('engine.changed')).toHaveLength(1)
  })

  it('client() throws DOCKER_UNREACHABLE naming every endpoint tried and why', async () => {
    setting = `unix://${join(dir, 'nothing.sock')}`
    const error = await service.client().then(() => null, (reason: unknown) => reason)
    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.code).toBe('DOCKER_UNREACHABLE')
    expect(apiError.message).toContain(`No Docker engine answered: tried Baseline setting: no socket at ${join(dir, 'nothing.sock')}. `)
    expect(apiError.message).toContain('so no other endpoint was tried')
    expect(apiError.details).toMatchObject({ attempts: [{ endpoint: { source: 'setting' }, error: expect.stringMatching(/^no socket at/) }] })
  })

  it('emits engine.changed when the state flips, not on every probe', async () => {
    await service.status()
    await engine.stop()
    expect((await service.status({ refresh: true })).state).toBe('unreachable')
    expect((await service.status({ refresh: true })).state).toBe('unreachable')
    await engine.restart()
    expect((await service.status({ refresh: true })).state).toBe('connected')
    expect(states()).toEqual(['connected', 'unreachable', 'connected'])
  })

  it('reset() forgets the engine, so a new setting takes effect', async () => {
    await service.status()
    const other = await startFakeEngine(dir, 'other.sock')
    setting = other.url
    service.reset()
    const status = await service.status()
    expect(status.state === 'connected' && status.engine.endpoint.url).toBe(other.url)
    expect(changes('engine.changed')).toHaveLength(2)
    await other.stop()
  })

  it('a call that finds the engine gone re-probes and reports it', async () => {
    const client = await service.client()
    await engine.stop()
    const error = await client.listImages().then(() => null, (reason: unknown) => reason)
    expect((error as ApiError).code).toBe('DOCKER_UNREACHABLE')
    expect(states()).toEqual(['connected', 'unreachable'])
  })
})

describe('engine service once started (the app)', () => {
  it('turns a burst of image events into one images.changed', async () => {
    service.start()
    await waitFor(() => engine.openEventStreams() === 1, 'the events subscription')
    expect(engine.requests).toContain(`GET /events?filters=${encodeURIComponent('{"type":["image"]}')}`)
    const tag = JSON.stringify(imageEvent('tag', 1))
    engine.sendEvent(tag.slice(0, 20))
    engine.sendEvent(`${tag.slice(20)}\n`)
    engine.sendEvent(imageEvent('push', 2))
    engine.sendEvent(imageEvent('untag', 3))
    await waitFor(() => changes('images.changed').length > 0, 'images.changed')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(changes('images.changed').map((e) => e.payload)).toEqual([{ action: 'untag', imageId: `sha256:${'3'.repeat(64)}` }])
  })

  it('notices the engine going away, retries with backoff and resubscribes once it is back', async () => {
    service.start()
    await waitFor(() => engine.openEventStreams() === 1, 'the events subscription')
    await engine.stop()
    await waitFor(() => states().includes('unreachable'), 'engine.changed unreachable')
    await engine.restart()
    await waitFor(() => engine.openEventStreams() === 1, 'the new events subscription')
    expect(states()).toEqual(['connected', 'unreachable', 'connected'])
    engine.sendEvent(imageEvent('delete', 4))
    await waitFor(() => changes('images.changed').length === 1, 'images.changed after reconnecting')
  })

  it('dispose() ends the events stream and every timer', async () => {
    service.start()
    await waitFor(() => engine.openEventStreams() === 1, 'the events subscription')
    await engine.stop()
    await waitFor(() => changes('engine.changed').length === 2, 'engine.changed unreachable')
    await service.dispose()
    const probes = engine.requests.length
    await engine.restart()
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect(engine.requests.length).toBe(probes)
    expect(engine.openEventStreams()).toBe(0)
  })
})
