import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { ImageAnalysis } from '../../shared/model'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { imageIdOf } from '../fixtures/analysis/build-image'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { buildThreeLevelChain, type Level, type ThreeLevelChain } from '../fixtures/analysis/three-level-chain'
import { fixtureRefs } from '../fixtures/images'
import { noDocker } from './support/daemon'
import { dockerDiffIds, dockerHistory } from './support/docker-truth'

/**
 * The boundary as docker shows it: the base's `docker history` rows are the first rows of the
 * image's, and its RootFS layers the first layers. Everything up to there is the base's.
 */
async function expectSplitLikeDocker(analysis: ImageAnalysis, image: Level, base: string): Promise<void> {
  const rows = await dockerHistory(image.ref)
  const baseRows = await dockerHistory(base)
  const baseLayers = await dockerDiffIds(base)
  const label = `${image.ref} on ${base}`
  expect(analysis.layers, `${label}: one entry per docker history row`).toHaveLength(rows.length)
  expect(analysis.layers.map((layer) => layer.owner), label).toEqual(rows.map((_, index) => (index < baseRows.length ? 'base' : 'own')))
  expect(analysis.base.layerCount, label).toBe(baseLayers.length)
  const layersOf = (owner: string) => analysis.layers.filter((layer) => layer.owner === owner && !layer.isEmpty).map((layer) => layer.diffId)
  expect(layersOf('base'), `${label}: the base's layers are exactly its RootFS`).toEqual(baseLayers)
  expect(layersOf('own'), `${label}: the rest are the image's own`).toEqual((await dockerDiffIds(image.ref)).slice(baseLayers.length))
}

describe.skipIf(noDocker)('a three-level chain (base -> runtime -> app) built with the classic builder', () => {
  const scope = createAnalysisScope('chain')
  let chain: ThreeLevelChain
  let busyboxId: string
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    chain = await buildThreeLevelChain(scope)
    busyboxId = await imageIdOf(fixtureRefs.busybox)
  })
  afterEach(() => home?.remove())
  afterAll(async () => {
    expect(await scope.cleanup()).toEqual([])
  })

  it('finds every level\'s base by its layer chain, with confidence 1, evidence naming it', async () => {
    home = createCacheHome()
    const [app, runtime, base] = await home.analyzeMany([chain.app.ref, chain.runtime.ref, chain.base.ref])
    const expected: [ImageAnalysis | undefined, Level | null, string][] = [
      [app, chain.runtime, chain.runtime.ref],
      [runtime, chain.base, chain.base.ref],
      [base, null, fixtureRefs.busybox],
    ]
    for (const [analysis, level, reference] of expected) {
      expect(analysis?.base, `base of ${analysis?.tags[0]}`).toMatchObject({ reference, method: 'layer-chain', confidence: 1, isUntagged: false })
      if (level) expect(analysis?.base.imageId).toBe(level.id)
      expect(analysis?.base.evidence).toContain(reference)
      expect(analysis?.base.evidence).toMatch(/^The first \d+ of \d+ layers are exactly /)
    }
  })

  it('gives the app the hierarchy runtime, base, busybox, nearest first, every level by layer chain', async () => {
    home = createCacheHome()
    const app = await home.analyze(chain.app.ref)
    expect(app.base.hierarchy).toEqual([chain.runtime.ref, chain.base.ref, fixtureRefs.busybox])
    expect(app.base.levels.map((level) => [level.imageId, level.method, level.confidence])).toEqual([
      [chain.runtime.id, 'layer-chain', 1],
      [chain.base.id, 'layer-chain', 1],
      [busyboxId, 'layer-chain', 1],
    ])
  })

  it('splits each level\'s layers into base and own exactly where docker history of its base ends', async () => {
    home = createCacheHome()
    const [app, runtime, base] = await home.analyzeMany([chain.app.ref, chain.runtime.ref, chain.base.ref])
    await expectSplitLikeDocker(app as ImageAnalysis, chain.app, chain.runtime.ref)
    await expectSplitLikeDocker(runtime as ImageAnalysis, chain.runtime, chain.base.ref)
    await expectSplitLikeDocker(base as ImageAnalysis, chain.base, fixtureRefs.busybox)
  })

  it('prints the base and the whole hierarchy by tag in the human view', async () => {
    home = createCacheHome()
    const result = await home.run(['analyze', chain.app.ref])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stdout).toContain(`Base        ${chain.runtime.ref} (by its layer chain, confidence 1)`)
    expect(result.stdout).toContain(`${chain.app.ref} -> ${chain.runtime.ref} -> ${chain.base.ref} -> ${fixtureRefs.busybox}`)
  })
})
