import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { methodNames, type ApiEvents, type EventName } from '../../shared/contract'
import { createServices, type Services } from './services'

// No daemon needed: every endpoint here is a socket that does not exist, so probes fail at once.
let dir: string
let services: Services
let events: { event: EventName; payload: unknown }[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-services-'))
  events = []
  services = createServices({
    dataDir: dir,
    emit: <E extends EventName>(event: E, payload: ApiEvents[E]) => void events.push({ event, payload }),
    env: { DOCKER_HOST: `unix://${join(dir, 'no-engine.sock')}`, HOME: dir },
    warn: () => undefined,
  })
})
afterEach(async () => {
  await services.dispose()
  rmSync(dir, { recursive: true, force: true })
})

describe('createServices', () => {
  it('answers every method of the contract', () => {
    expect(Object.keys(services.handlers).sort()).toEqual([...methodNames].sort())
  })

  it('reads and saves settings in the data folder', async () => {
    expect(await services.handlers['settings.get']({})).toEqual({ engineEndpoint: null, lastReportFolder: null })
    const endpoint = `unix://${join(dir, 'chosen.sock')}`
    expect(await services.handlers['settings.update']({ engineEndpoint: endpoint })).toEqual({ engineEndpoint: endpoint, lastReportFolder: null })
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({ engineEndpoint: endpoint, lastReportFolder: null })
  })

  it('probes the new endpoint when it changes and tells every window', async () => {
    const endpoint = `unix://${join(dir, 'chosen.sock')}`
    await services.handlers['settings.update']({ engineEndpoint: endpoint })
    const changed = events.filter((item) => item.event === 'engine.changed').at(-1)?.payload
    expect(changed).toMatchObject({ state: 'unreachable', attempts: [{ endpoint: { url: endpoint } }] })
    const status = await services.handlers['engine.status']({})
    expect(status).toMatchObject({ state: 'unreachable', attempts: [{ endpoint: { source: 'setting' } }] })
  })

  it('does not probe again for a change that leaves the endpoint alone', async () => {
    await services.handlers['settings.update']({})
    expect(events).toEqual([])
  })

  it('says DOCKER_UNREACHABLE, with the endpoints tried, when no engine answers', async () => {
    await expect(services.handlers['images.list']({})).rejects.toMatchObject({
      code: 'DOCKER_UNREACHABLE',
      details: { attempts: [{ endpoint: { source: 'DOCKER_HOST' } }] },
    })
  })

  it('cancels nothing that is not running', async () => {
    expect(await services.handlers['operations.cancel']({ operationId: 'op-none' })).toEqual({ cancelled: false })
  })
})
