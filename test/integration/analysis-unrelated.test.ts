import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { importImage } from '../fixtures/analysis/build-image'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { noDocker } from './support/daemon'

describe.skipIf(noDocker)('an unrelated image (`docker import` of a one-file tar)', () => {
  const scope = createAnalysisScope('unrelated')
  const tag = scope.ref('imported')
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    await importImage(tag, scope.labels, `imported by run ${scope.nonce}\n`)
  })
  afterEach(() => home?.remove())
  afterAll(async () => {
    expect(await scope.cleanup()).toEqual([])
  })

  it('says plainly that no base was found, and claims no layer for one', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(tag)
    expect(analysis.base).toMatchObject({ method: 'none', reference: null, imageId: null, confidence: 0, layerCount: 0, hierarchy: [] })
    expect(analysis.base.evidence).toMatch(/^No local image shares this image's first layers, no base label, and no catalogue history matches\./)
    expect(analysis.layers.map((layer) => layer.owner)).toEqual(['own'])
    expect(analysis.baseMoved).toBeNull()
    expect(analysis.pinning.reference).toBeNull()
  })

  it('shows "Base unknown" in the human view', async () => {
    home = createCacheHome()
    const result = await home.run(['analyze', tag])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^Base {8}unknown$/m)
  })
})

describe.skipIf(noDocker)('`baseline analyze` of an image that does not exist', () => {
  const missing = `baseline-fixture/analysis-no-such-image-${Date.now().toString(36)}:1.0`
  let home: CacheHome
  afterEach(() => home?.remove())

  it.each([[[]], [['--json']]])('exits non-zero with one clear line naming it (%j)', async (extra) => {
    home = createCacheHome()
    const result = await home.run(['analyze', missing, ...extra])
    expect(result.exitCode).not.toBe(0)
    expect(result.stdout.trim()).toBe('')
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(missing)
    expect(result.stderr).not.toMatch(/^\s+at /m)
  })
})
