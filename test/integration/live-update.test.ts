import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docker, fixtureRefs, FIXTURE_REPO, runDocker } from '../fixtures/images'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

// Unique per run: other suites share the daemon and may tag the same fixture at the same moment.
const tagOf = (attempt: number): string => `${FIXTURE_REPO}/live-update:p${process.pid}-${Date.now()}-${attempt}`

describe.skipIf(noDocker)('live updates from engine events', () => {
  let core: CoreUnderTest
  let imageId: string
  const created: string[] = []

  beforeAll(async () => {
    core = createCore()
    imageId = (await docker(['image', 'inspect', '--format', '{{.Id}}', fixtureRefs.busybox])).trim()
    core.services.start()
    const status = await core.services.handlers['engine.status']({ refresh: true })
    expect(status.state).toBe('connected')
  })

  afterAll(async () => {
    for (const tag of created) await runDocker(['image', 'rm', tag])
    await core?.close()
  })

  /**
   * Tags the fixture until an images.changed arrives. The event stream is opened by start() in the
   * background, so the very first tag may land before the subscription; a person tagging in a
   * terminal minutes later never meets that race, and three chances keep the test honest.
   */
  async function tagUntilNoticed(): Promise<string> {
    let lastError: unknown
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const tag = tagOf(attempt)
      const since = Date.now()
      await docker(['tag', fixtureRefs.busybox, tag])
      created.push(tag)
      try {
        await core.waitForEvent('images.changed', (event) => event.imageId === imageId || event.imageId === null, since, 5_000)
        return tag
      } catch (error) {
        lastError = error
      }
    }
    throw lastError
  }

  it('tagging an image emits images.changed, and the next list shows the new tag', async () => {
    const tag = await tagUntilNoticed()
    const list = await core.services.handlers['images.list']({})
    expect(list.images.find((image) => image.id === imageId)?.tags).toContain(tag)
  })

  it('untagging emits images.changed, and the next list no longer shows the tag', async () => {
    const tag = created[created.length - 1] ?? (await tagUntilNoticed())
    const since = Date.now()
    await docker(['image', 'rm', tag])
    await core.waitForEvent('images.changed', (event) => event.action === 'untag' || event.imageId === imageId, since, 10_000)
    const list = await core.services.handlers['images.list']({})
    expect(list.images.find((image) => image.id === imageId)?.tags).not.toContain(tag)
  })
})
