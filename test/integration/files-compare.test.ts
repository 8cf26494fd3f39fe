import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileComparison } from '../../shared/model'
import { renderMarkdown } from '../../electron/core/report'
import { buildFullAndSlim, createFilesScope } from '../fixtures/files/files-images'
import { removeLayersLeftovers } from '../fixtures/layers/layers-scope'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

describe.skipIf(noDocker)('comparing two scanned images file by file', () => {
  const scope = createFilesScope('compare')
  let images: { full: string; slim: string }
  let core: CoreUnderTest

  /** An operation to its end (layers.scan, files.read), as the app runs one. */
  async function runToEnd(start: () => Promise<{ operationId: string }>): Promise<void> {
    const since = Date.now()
    const { operationId } = await start()
    expect(await core.waitForEvent('operation.finished', (event) => event.operationId === operationId, since, 120_000)).toMatchObject({ outcome: 'succeeded' })
  }

  beforeAll(async () => {
    await removeLayersLeftovers()
    images = await buildFullAndSlim(scope)
    core = createCore()
  }, 120_000)
  afterAll(async () => {
    await core?.close()
    expect(await scope.cleanup()).toEqual([])
  })

  it('refuses before both images are scanned, saying which', async () => {
    await expect(core.services.handlers['files.compare']({ references: [images.full, images.slim] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('has not been scanned yet'),
    })
  })

  it('lists what the slim image drops, by folder and largest first, and what changed by size and mode', async () => {
    for (const reference of [images.full, images.slim]) await runToEnd(() => core.services.handlers['layers.scan']({ reference }))
    const result = await core.services.handlers['files.compare']({ references: [images.full, images.slim] })
    expect(result.differences[0]).toMatchObject({ path: 'usr/lib/gcc/cc1', change: 'removed', fromSizeBytes: 2_097_152, toSizeBytes: 0 })
    const usr = result.folders.find((folder) => folder.topFolder === 'usr')
    expect(usr).toMatchObject({ removed: 31, removedBytes: 2_097_152 + 9 * 'int f1(void);\n'.length + 21 * 'int f10(void);\n'.length })
    expect(result.differences.find((item) => item.path === 'etc/app.conf')?.reasons).toEqual(['size', 'mode'])
    expect(result.differences.find((item) => item.path === 'srv/only-slim.txt')).toMatchObject({ change: 'added', toSizeBytes: 4 })
    // Same size, never read: nothing says their bytes differ yet.
    expect(result.differences.find((item) => item.path === 'etc/same-size.txt')).toBeUndefined()
  })

  it('compares content digests of files read in both images', async () => {
    for (const reference of [images.full, images.slim]) {
      await runToEnd(() => core.services.handlers['files.read']({ reference, layerIndex: null, path: '/etc/same-size.txt' }))
    }
    const result: FileComparison = await core.services.handlers['files.compare']({ references: [images.full, images.slim] })
    expect(result.differences.find((item) => item.path === 'etc/same-size.txt')).toMatchObject({ change: 'changed', reasons: ['content'] })
    expect(result.totals.digestCompared).toBe(1)
  })

  it('joins the comparison of the two images, the larger first, and its Markdown report', async () => {
    const comparison = await core.services.handlers['images.compare']({ references: [images.slim, images.full] })
    expect([comparison.files?.from.reference, comparison.files?.to.reference]).toEqual([images.full, images.slim])
    const markdown = renderMarkdown(comparison)
    expect(markdown).toContain(`Moving from ${images.full} to ${images.slim}: 31 files go`)
    expect(markdown).toContain('| /usr/lib/gcc/cc1 | file | 2.1 MB |')
  })
})
