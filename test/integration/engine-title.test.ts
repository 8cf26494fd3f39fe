import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docker } from '../fixtures/images'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'
import { testEngine, type TestEngineName } from './support/test-engine'

/** What the engine panel must call each test bed: the engine, its version and how it stores images. */
const TITLES: Record<TestEngineName, RegExp> = {
  docker20: /^Docker 20\.10 · overlay2 graph driver$/,
  docker26: /^Docker 26\.1 · containerd image store$/,
  podman: /^Podman 4\.3$/,
}

describe.skipIf(noDocker)(`the engine panel names ${testEngine} and its image store`, () => {
  let core: CoreUnderTest
  beforeAll(() => {
    core = createCore()
  })
  afterAll(async () => {
    await core?.close()
  })

  it('engine.status gives the title the panel shows, with the version the docker CLI reports', async () => {
    const status = await core.services.handlers['engine.status']({ refresh: true })
    if (status.state !== 'connected') throw new Error(`not connected: ${status.hint}`)
    expect(status.engine.title).toMatch(TITLES[testEngine])
    const version = (await docker(['version', '--format', '{{.Server.Version}}'])).trim()
    expect(status.engine.engineVersion).toBe(version)
    expect(status.engine.title).toContain(version.split('.').slice(0, 2).join('.'))
  })
})
