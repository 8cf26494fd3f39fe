import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { VariantAdvice } from '../../shared/model'
import { createAdviceScope, removeAdviceLeftovers } from '../fixtures/advice/advice-scope'
import { buildStaticCopyImage, goBuilderSpec, goFinalStageOnAlpineSpec } from '../fixtures/advice/static-binary-images'
import { adviceSummary, recommendedOf, suggestJson } from '../fixtures/advice/suggest-cli'
import { createCacheHome, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { fixtureRefs, loadImages } from '../fixtures/images'
import { noDocker } from './support/daemon'

const STATIC_RUNTIMES = ['scratch', 'gcr.io/distroless/static-debian12']

const CHECK_IT_IS_STATIC = /check with `file` or `ldd`/

/**
 * The outcome the user acts on: the recommended FROM is scratch or distroless static, and says
 * why. Where only a copied file suggests the binary is static (`inferred`), a caveat says how to
 * make sure; where the build flags say so (`declared`), none is needed.
 */
function expectStaticRuntime(advice: VariantAdvice, proof: 'inferred' | 'declared'): void {
  const best = recommendedOf(advice)
  expect(STATIC_RUNTIMES, adviceSummary(advice)).toContain(best?.reference)
  expect(best?.libc).toBe('none')
  expect(best?.reason).toMatch(/static/)
  expect(best?.fromLine).toMatch(/^FROM (scratch|gcr\.io\/distroless\/static-debian12)\b/)
  const warned = best?.caveats.some((caveat) => CHECK_IT_IS_STATIC.test(caveat))
  expect(warned, JSON.stringify(best?.caveats)).toBe(proof === 'inferred')
}

describe.skipIf(noDocker)('an image that runs a static binary built in another stage', () => {
  const scope = createAdviceScope('static-go')
  const refs = {
    finalOnAlpine: scope.ref('go-final', '1.0'),
    staticCopy: scope.ref('static-copy', '1.0'),
    builder: scope.ref('go-builder', '1.0'),
    cgoBuilder: scope.ref('go-builder-cgo', '1.0'),
  }
  let home: CacheHome

  beforeAll(async () => {
    await removeAdviceLeftovers()
    const request = (tag: string) => ({ tag, labels: scope.labels, nonce: scope.nonce })
    await loadImages([
      goFinalStageOnAlpineSpec(request(refs.finalOnAlpine)),
      goBuilderSpec(request(refs.builder), 'CGO_ENABLED=0'),
      goBuilderSpec(request(refs.cgoBuilder), 'cgo on by default'),
    ])
    await buildStaticCopyImage(scope, refs.staticCopy)
    home = createCacheHome()
  })
  afterAll(async () => {
    home?.remove()
    expect(await scope.cleanup()).toEqual([])
  })

  it('advises scratch or distroless static for a Go final stage (COPY /out/app /app, ENTRYPOINT ["/app"]) on alpine', async () => {
    const advice = await suggestJson(home, [refs.finalOnAlpine])
    expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: 'alpine:3.24', family: 'alpine', libc: 'musl' })
    expectStaticRuntime(advice, 'inferred')
  })

  it('advises scratch or distroless static for a classic-builder `COPY --from=build` of a static binary onto debian slim', async () => {
    const advice = await suggestJson(home, [refs.staticCopy])
    expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: fixtureRefs.debianSlim, family: 'debian', libc: 'glibc' })
    expectStaticRuntime(advice, 'inferred')
  })

  it('advises scratch or distroless static for the builder itself when it sets CGO_ENABLED=0 and runs go build', async () => {
    const advice = await suggestJson(home, [refs.builder])
    expect(advice.current, adviceSummary(advice)).toMatchObject({ reference: 'golang:1.26', family: 'golang' })
    expectStaticRuntime(advice, 'declared')
    expect(recommendedOf(advice)?.reason).toMatch(/CGO_ENABLED=0/)
  })

  it('does not advise scratch or distroless static when go build runs with cgo on (the control)', async () => {
    const advice = await suggestJson(home, [refs.cgoBuilder])
    const summary = adviceSummary(advice)
    expect(STATIC_RUNTIMES, summary).not.toContain(recommendedOf(advice)?.reference)
    expect(advice.candidates.map((candidate) => candidate.reference), summary).not.toContain('scratch')
    const scratch = advice.excluded.find((item) => item.reference === 'scratch')
    expect(scratch?.reason, summary).toMatch(/static binary/)
  })

  it('keeps a shell when people debug in production: no scratch, no distroless static', async () => {
    const advice = await suggestJson(home, [refs.finalOnAlpine, '--debug-in-production'])
    const summary = adviceSummary(advice)
    expect(STATIC_RUNTIMES, summary).not.toContain(recommendedOf(advice)?.reference)
    for (const reference of STATIC_RUNTIMES) {
      expect(advice.excluded.find((item) => item.reference === reference)?.reason, summary).toMatch(/debug these containers in production/)
    }
  })
})
