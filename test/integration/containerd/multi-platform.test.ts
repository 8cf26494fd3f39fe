import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OperationFinished } from '../../../shared/model'
import { createAnalysisScope } from '../../fixtures/analysis/run-scope'
import { docker } from '../../fixtures/images'
import { buildOciIndexArchive, type OciIndexArchive } from '../../fixtures/images/oci-index-archive'
import { runBaseline } from '../support/baseline-cli'
import { createCore, type CoreUnderTest } from '../support/core'
import { noDocker } from '../support/daemon'

/**
 * Docker 26 on the containerd image store only (the vitest config includes this folder for
 * BASELINE_TEST_ENGINE=docker26): an image pulled for one platform of a multi-platform index.
 */
describe.skipIf(noDocker)('a two-platform index of which only linux/amd64 is on this machine', () => {
  const scope = createAnalysisScope('platforms')
  const tag = scope.ref('multi', '1')
  let image: OciIndexArchive
  let core: CoreUnderTest

  beforeAll(async () => {
    image = await buildOciIndexArchive(tag, scope.labels)
    await docker(['load', '--quiet'], { input: image.archive })
    core = createCore()
  })
  afterAll(async () => {
    await core?.close()
    await docker(['rmi', tag])
  })

  it('is one row of the list, named by its index digest', async () => {
    const rows = (await core.services.handlers['images.list']({})).images.filter((row) => row.tags.includes(tag))
    expect(rows.map((row) => row.id)).toEqual([image.indexDigest])
  })

  it('the image page lists both platforms, the absent one marked, before anything was scanned', async () => {
    const detail = await core.services.handlers['images.get']({ reference: tag })
    expect(detail.platforms).toEqual([
      { platform: image.present, isPresent: true },
      { platform: image.absent, isPresent: false },
    ])
    expect(`${detail.os}/${detail.architecture}`).toBe(image.present)
    const listed = await core.services.handlers['images.list']({})
    expect(listed.platformsById[image.indexDigest]).toEqual(detail.platforms)
  })

  it('says plainly that the other platform is not on this machine when it is asked for', async () => {
    const expected = `${image.absent} of ${tag} is not on this machine: its index lists it, but only ${image.present} was pulled here.`
    await expect(core.services.handlers['images.get']({ reference: tag, platform: image.absent })).rejects.toThrow(expected)
    await expect(core.services.handlers['images.analyze']({ reference: tag, platform: 'linux/arm64' })).rejects.toThrow(expected)
    const since = Date.now()
    const { operationId } = await core.services.handlers['layers.scan']({ reference: tag, platform: image.absent })
    const finished = await core.waitForEvent('operation.finished', (payload: OperationFinished) => payload.operationId === operationId, since, 60_000)
    expect(finished.outcome).toBe('failed')
    expect(finished.error?.message).toBe(expected)
  })

  it('analyses the platform it holds, asked for by name or by default', async () => {
    const named = await core.services.handlers['images.analyze']({ reference: tag, platform: image.present })
    const byDefault = await core.services.handlers['images.analyze']({ reference: tag })
    expect(named.id).toBe(image.indexDigest)
    expect(named.layers.filter((layer) => layer.diffId !== null)).toHaveLength(1)
    expect(byDefault).toEqual(named)
  })

  it('scans the platform it holds, lists both, and says plainly that the other is not on this machine', async () => {
    const since = Date.now()
    const { operationId } = await core.services.handlers['layers.scan']({ reference: tag })
    const finished = await core.waitForEvent('operation.finished', (payload: OperationFinished) => payload.operationId === operationId, since, 60_000)
    expect(finished).toMatchObject({ outcome: 'succeeded', error: null })
    const scan = await core.services.handlers['layers.get']({ reference: tag })
    expect(await core.services.handlers['layers.get']({ reference: tag, platform: image.present })).toEqual(scan)
    expect(scan?.platforms).toEqual([
      { platform: image.present, isPresent: true, isScanned: true },
      { platform: image.absent, isPresent: false, isScanned: false },
    ])
    expect(scan?.layers.map((layer) => layer.fileCount)).toEqual([1])
    expect(scan?.warnings).toContain(`This image lists 2 platforms; ${image.absent} is not on this machine, so only ${image.present} was scanned.`)
  })

  it('`baseline scan` prints the same warning, and `inspect` names its on-disk and content sizes', async () => {
    const scanned = await runBaseline(['scan', tag])
    expect(scanned.exitCode, scanned.stderr).toBe(0)
    expect(scanned.stdout).toContain(`${image.absent} is not on this machine`)
    const inspected = await runBaseline(['inspect', tag])
    expect(inspected.exitCode, inspected.stderr).toBe(0)
    const listed = (await docker(['image', 'ls', '--format', '{{.Size}}', tag])).trim()
    expect(inspected.stdout).toMatch(new RegExp(`^On disk +${listed.replace('.', '\\.')} in 1 layer$`, 'm'))
    expect(inspected.stdout).toMatch(/^Content +\S+ compressed$/m)
    expect(inspected.stdout).toContain(`Platform   ${image.present}; its index also lists ${image.absent} (not on this machine)`)
    const refused = await runBaseline(['scan', tag, '--platform', image.absent])
    expect(refused.exitCode).not.toBe(0)
    expect(refused.stderr).toContain(`${image.absent} of ${tag} is not on this machine`)
    const chosen = await runBaseline(['inspect', tag, '--platform', image.present])
    expect(chosen.exitCode, chosen.stderr).toBe(0)
    expect(chosen.stdout).toContain(`Platform   ${image.present}`)
    const analysed = await runBaseline(['analyze', tag])
    expect(analysed.exitCode, analysed.stderr).toBe(0)
    expect(analysed.stdout).toMatch(/^Layers +base 0 B \+ own \S+/m)
  })
})
