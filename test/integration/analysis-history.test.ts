import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import catalogJson from '../../resources/catalog/catalog.json'
import type { BuiltImage } from '../fixtures/images'
import { loadImages } from '../fixtures/images'
import { createCacheHome, findLineageNode, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { catalogueEntry, catalogueLookalikeSpec, catalogueParentOf } from '../fixtures/analysis/catalog-lookalike'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { noDocker } from './support/daemon'

/** No node:22-alpine (nor alpine) is local: only its history can tell what the image was built on. */
const OFFICIAL = 'node:22-alpine'

describe.skipIf(noDocker)(`an image built on ${OFFICIAL} elsewhere, loaded without its base`, () => {
  const scope = createAnalysisScope('history')
  const entry = catalogueEntry(OFFICIAL)
  const inheritedLayers = entry.history.filter((step) => !step.isEmpty).length
  let image: BuiltImage
  let home: CacheHome

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    ;[image] = (await loadImages([
      catalogueLookalikeSpec({ reference: OFFICIAL, tag: scope.ref('service'), labels: scope.labels, nonce: scope.nonce }),
    ])) as [BuiltImage]
  })
  afterEach(() => home?.remove())
  afterAll(async () => {
    expect(await scope.cleanup()).toEqual([])
  })

  it('shares its first layers with no local image (a root of the lineage)', async () => {
    home = createCacheHome()
    const found = findLineageNode(await home.lineage(), image.id)
    expect(found?.node.tags).toEqual([scope.ref('service')])
    expect(found?.parent).toBeNull()
  })

  it('is reported with method "history", a catalogue tag, and a confidence below 1', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(scope.ref('service'))
    expect(analysis.base).toMatchObject({ method: 'history', reference: OFFICIAL, imageId: null, isUntagged: false })
    expect(catalogJson.entries.map((candidate) => candidate.reference)).toContain(analysis.base.reference)
    expect(analysis.base.confidence).toBeGreaterThan(0)
    expect(analysis.base.confidence).toBeLessThan(1)
    expect(analysis.base.evidence).toContain(`history steps are exactly those of ${OFFICIAL} in the catalogue`)
  })

  it(`gives the ${OFFICIAL} steps to the base and the last two to the image`, async () => {
    home = createCacheHome()
    const analysis = await home.analyze(scope.ref('service'))
    expect(analysis.base.layerCount).toBe(inheritedLayers)
    expect(analysis.base.historyCount).toBe(entry.history.length)
    expect(analysis.layers.map((layer) => layer.owner)).toEqual([...entry.history.map(() => 'base'), 'own', 'own'])
    expect(analysis.pinning.reference).toBe(OFFICIAL)
  })

  it('finds the base of the base in the catalogue too', async () => {
    home = createCacheHome()
    const analysis = await home.analyze(scope.ref('service'))
    const parent = catalogueParentOf(entry)
    expect(parent, `the catalogue has an entry whose history starts ${OFFICIAL}'s`).not.toBeNull()
    expect(analysis.base.hierarchy).toEqual([OFFICIAL, parent?.reference])
    expect(analysis.base.levels.map((level) => level.method)).toEqual(['history', 'history'])
  })
})
