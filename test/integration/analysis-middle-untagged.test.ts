import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shortId } from '../../shared/lib/bytes'
import type { ImageAnalysis } from '../../shared/model'
import { createCacheHome, findLineageNode, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { createAnalysisScope, removeAnalysisLeftovers } from '../fixtures/analysis/run-scope'
import { buildThreeLevelChain, type ThreeLevelChain } from '../fixtures/analysis/three-level-chain'
import { docker, fixtureRefs, runDocker } from '../fixtures/images'
import { noDocker } from './support/daemon'
import { keepsUntaggedParents } from './support/test-engine'

/**
 * One story, in order: the app is analysed while its runtime is tagged; the runtime's tag is then
 * removed. The image survives untagged (the app is built on it) and `docker image ls` no longer
 * shows it; the analysis cache remembers it, so the app still finds it by ID.
 */
describe.skipIf(noDocker)('after the middle tag of base -> runtime -> app is removed', () => {
  const scope = createAnalysisScope('middle')
  let chain: ThreeLevelChain
  let home: CacheHome
  let before: ImageAnalysis
  let after: ImageAnalysis
  let rmiOutput: string

  beforeAll(async () => {
    await removeAnalysisLeftovers()
    chain = await buildThreeLevelChain(scope)
    home = createCacheHome()
    ;[before] = (await home.analyzeMany([chain.app.ref, chain.runtime.ref])) as [ImageAnalysis]
    // Docker 20.10 keeps an untagged parent for its children; Podman and the containerd store
    // delete it with its last tag, so there the tag is moved away instead, which keeps the image.
    rmiOutput = keepsUntaggedParents
      ? await docker(['rmi', chain.runtime.ref])
      : await docker(['tag', fixtureRefs.busybox, chain.runtime.ref])
    after = await home.analyze(chain.app.ref)
  })
  afterAll(async () => {
    home?.remove()
    // The moved tag names the busybox fixture now: take the tag off, never the image.
    if (!keepsUntaggedParents) await docker(['rmi', chain.runtime.ref])
    expect(await scope.cleanup()).toEqual([])
  })

  it('the runtime image itself survives untagged, hidden from docker image ls', async () => {
    expect(before.base.imageId).toBe(chain.runtime.id)
    if (keepsUntaggedParents) {
      expect(rmiOutput).toContain(`Untagged: ${chain.runtime.ref}`)
      expect(rmiOutput).not.toContain('Deleted:')
    }
    expect((await runDocker(['image', 'inspect', chain.runtime.id])).exitCode).toBe(0)
    expect(JSON.parse(await docker(['image', 'inspect', '--format', '{{json .RepoTags}}', chain.runtime.id])) ?? []).toEqual([])
    if (keepsUntaggedParents) expect(await docker(['image', 'ls', '--quiet', '--no-trunc'])).not.toContain(chain.runtime.id)
  })

  it('the app still finds the runtime by ID, as an untagged base, by layer chain', () => {
    expect(after.base).toMatchObject({
      imageId: chain.runtime.id,
      reference: null,
      isUntagged: true,
      method: 'layer-chain',
      confidence: 1,
      layerCount: before.base.layerCount,
    })
    expect(after.base.evidence).toContain(`untagged image ${shortId(chain.runtime.id)}`)
    expect(after.layers.map((layer) => layer.owner)).toEqual(before.layers.map((layer) => layer.owner))
  })

  it('the hierarchy goes on beyond the untagged runtime to the base and busybox', () => {
    expect(after.base.hierarchy).toEqual([shortId(chain.runtime.id), chain.base.ref, fixtureRefs.busybox])
    expect(after.base.levels[1]).toMatchObject({ imageId: chain.base.id, reference: chain.base.ref, method: 'layer-chain' })
  })

  it('says the pinning of an untagged base cannot be judged, instead of guessing a tag', () => {
    expect(after.pinning.reference).toBeNull()
    expect(after.pinning.explanation).toContain(shortId(chain.runtime.id))
  })

  it('`baseline lineage --json` shows the untagged runtime between the base and the app', async () => {
    const lineage = await home.lineage()
    const runtime = findLineageNode(lineage, chain.runtime.id)
    expect(runtime?.node).toMatchObject({ tags: [], isUntagged: true, isDangling: false })
    expect(runtime?.parent?.imageId).toBe(chain.base.id)
    expect(runtime?.node.children.map((child) => child.imageId)).toContain(chain.app.id)
  })
})
