import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OperationProgress } from '../../shared/model'
import { buildBigFileImage, createFilesScope } from '../fixtures/files/files-images'
import { removeLayersLeftovers } from '../fixtures/layers/layers-scope'
import { childProcesses } from './support/child-processes'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'
import { createDiskSandbox } from './support/disk-sandbox'

const BLOB_MB = 300

describe.skipIf(noDocker)('cancelling files.read of a file in a 300 MB layer', () => {
  const scope = createFilesScope('cancel')
  let reference: string
  let core: CoreUnderTest

  beforeAll(async () => {
    await removeLayersLeftovers()
    // Random bytes: the engine cannot compress them away, so the export really takes a while.
    reference = await buildBigFileImage(scope, BLOB_MB)
    core = createCore()
  }, 180_000)
  afterAll(async () => {
    await core?.close()
    expect(await scope.cleanup()).toEqual([])
  })

  it('mid-stream ends cancelled, caches nothing, and leaves no process or temp file behind', async () => {
    const sandbox = createDiskSandbox()
    try {
      await sandbox.inside(async () => {
        const before = { files: sandbox.list(), children: childProcesses() }
        const since = Date.now()
        const request = { reference, layerIndex: null, path: '/small.txt' }
        const { operationId } = await core.services.handlers['files.read'](request)
        await core.waitForEvent('operation.progress', (event) => event.operationId === operationId && event.phase === 'reading layers', since, 60_000)
        expect(await core.services.handlers['operations.cancel']({ operationId })).toEqual({ cancelled: true })
        expect(await core.waitForEvent('operation.finished', (event) => event.operationId === operationId, since, 10_000))
          .toEqual({ operationId, outcome: 'cancelled', error: null })
        const progressCount = (): number => core.events.filter((entry) => entry.event === 'operation.progress' && (entry.payload as OperationProgress).operationId === operationId).length
        const atFinish = progressCount()
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        expect(progressCount(), 'no bytes read after the cancel').toBe(atFinish)
        expect(sandbox.list(), 'no file left in TMPDIR or the working folder').toEqual(before.files)
        expect(childProcesses(), 'no process left behind').toEqual(before.children)
        expect(await core.services.handlers['files.get'](request), 'a cancelled read is not cached').toBeNull()
      })
    } finally {
      sandbox.remove()
    }
  }, 90_000)

  it('a read after the cancel runs to the end and finds the file', async () => {
    const since = Date.now()
    const request = { reference, layerIndex: null, path: '/blob.bin' }
    const { operationId } = await core.services.handlers['files.read'](request)
    expect(await core.waitForEvent('operation.finished', (event) => event.operationId === operationId, since, 120_000)).toMatchObject({ outcome: 'succeeded' })
    const content = await core.services.handlers['files.get'](request)
    expect(content?.current).toMatchObject({ state: 'file', sizeBytes: BLOB_MB * 1024 * 1024, isCut: true, digest: null })
    expect(Buffer.from(content?.current?.contentBase64 ?? '', 'base64').length).toBe(1024 * 1024)
  }, 150_000)
})
