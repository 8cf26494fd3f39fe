import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { sameSecondSpecs } from '../fixtures/analysis/same-second-specs'
import { loadImages } from '../fixtures/images'
import { noDocker } from './support/daemon'
import { dockerHistory } from './support/docker-truth'

/**
 * The metadata steps between a base's last layer and the image's first own layer: whose are
 * they? The base's `docker history` says exactly, also when both were built in the same second.
 */
describe.skipIf(noDocker)('an image built in the same second as its local base', () => {
  const scope = createAnalysisScope('boundary')
  const request = { baseTag: scope.ref('base'), childTag: scope.ref('child'), labels: scope.labels, nonce: scope.nonce }
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    await loadImages(sameSecondSpecs(request))
  })
  afterEach(() => home?.remove())
  afterAll(async () => {
    expect(await scope.cleanup()).toEqual([])
  })

  it('gives the base exactly the steps docker history shows for the base, the LABEL and ENV after them to the image', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(request.childTag)
    const baseRows = (await dockerHistory(request.baseTag)).length
    const rows = (await dockerHistory(request.childTag)).length
    expect(analysis.base).toMatchObject({ reference: request.baseTag, method: 'layer-chain', layerCount: 1 })
    expect([baseRows, rows]).toEqual([2, 5])
    expect(analysis.base.historyCount).toBe(baseRows)
    expect(analysis.layers.map((layer) => `${layer.instruction} ${layer.owner}`)).toEqual(['ADD base', 'CMD base', 'LABEL own', 'ENV own', 'RUN own'])
  })
})
