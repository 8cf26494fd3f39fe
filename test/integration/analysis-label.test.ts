import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { buildImage } from '../fixtures/analysis/build-image'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { fixtureRefs } from '../fixtures/images'
import { noDocker } from './support/daemon'
import { dockerDiffIds } from './support/docker-truth'

const BASE_NAME = 'org.opencontainers.image.base.name'
const BASE_DIGEST = 'org.opencontainers.image.base.digest'

describe.skipIf(noDocker)('an image with OCI base labels naming a local image', () => {
  const scope = createAnalysisScope('label')
  const refs = { base: scope.ref('base'), labelled: scope.ref('labelled'), child: scope.ref('child') }
  let baseId: string
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    baseId = await buildImage({ tag: refs.base, from: fixtureRefs.busybox, labels: scope.labels, steps: ['RUN echo base > /etc/labelled-base'] })
    await buildImage({
      tag: refs.labelled,
      from: refs.base,
      labels: { ...scope.labels, [BASE_NAME]: refs.base, [BASE_DIGEST]: baseId },
      steps: ['RUN echo labelled > /etc/labelled'],
    })
    // Built on the labelled image: it inherits the labels, which describe its base's base.
    await buildImage({ tag: refs.child, from: refs.labelled, labels: scope.labels, steps: ['RUN echo child > /etc/child'] })
  })
  afterEach(() => home?.remove())
  afterAll(async () => {
    expect(await scope.cleanup()).toEqual([])
  })

  it('is detected by label, with confidence 1, the labelled image as its base', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(refs.labelled)
    expect(analysis.base).toMatchObject({ method: 'label', confidence: 1, reference: refs.base, imageId: baseId, isUntagged: false })
    expect(analysis.base.layerCount).toBe((await dockerDiffIds(refs.base)).length)
    expect(analysis.base.evidence).toContain(`${BASE_NAME}) names ${refs.base}`)
    expect(analysis.pinning).toMatchObject({ reference: refs.base })
  })

  it('continues the hierarchy below the labelled base by layer chain', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(refs.labelled)
    expect(analysis.base.hierarchy).toEqual([refs.base, fixtureRefs.busybox])
    expect(analysis.base.levels.map((level) => level.method)).toEqual(['label', 'layer-chain'])
  })

  it('does not take the labels an image inherited from its base for its own', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(refs.child)
    expect(analysis.base).toMatchObject({ method: 'layer-chain', confidence: 1, reference: refs.labelled })
    expect(analysis.base.hierarchy).toEqual([refs.labelled, refs.base, fixtureRefs.busybox])
  })
})
