import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatBytesLikeDocker } from '../../shared/lib/bytes'
import type { HistoryStep, ImageDetail } from '../../shared/model'
import { describeGeneratedFixtures, fixtureRefs, type BuiltImage, type FixtureName } from '../fixtures/images'
import { baselineJson } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'
import { testEngine } from './support/test-engine'
import { dockerDiffIds, dockerHistory, type DockerHistoryRow } from './support/docker-truth'
import { savedConfig, trueStepLayers } from './support/saved-config'

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Steps as `docker history` shows them (newest first): size in bytes, size as printed, the command. */
function expectSameSteps(steps: HistoryStep[], rows: DockerHistoryRow[], label: string): void {
  expect(steps.map((step) => step.sizeBytes), `${label}: sizes in bytes, newest first`).toEqual(rows.map((row) => row.sizeBytes))
  expect(steps.map((step) => formatBytesLikeDocker(step.sizeBytes)), `${label}: sizes as printed`).toEqual(rows.map((row) => row.sizeText))
  steps.forEach((step, index) => {
    // Ours is cleaned of the builder's "/bin/sh -c #(nop)", so docker's text must contain it; the
    // docker CLI prints each tab of a command as a space, hence the whitespace is compared loosely.
    const theirs = squash(rows[index]?.createdBy ?? '')
    expect(theirs, `${label}: step ${step.step} is the same command`).toContain(squash(step.createdBy))
  })
}

describe.skipIf(noDocker)('image history matches docker history', () => {
  let core: CoreUnderTest
  let generated: Map<FixtureName, BuiltImage>
  const danglingId = (): string => generated.get('dangling')?.id ?? 'missing-dangling-fixture'

  const references = (): [string, string][] => [
    ['busybox (docker build, FROM scratch)', fixtureRefs.busybox],
    ['app (docker build, WORKDIR and rm make 0-byte layers)', fixtureRefs.app],
    ['debian:trixie-slim mirror', fixtureRefs.debianSlim],
    ['python:3.12-slim mirror', fixtureRefs.pythonSlim],
    ['multi-tag', fixtureRefs.multiTagAlias],
    ['zero-byte layers', fixtureRefs.zeroLayer],
    ['dangling, by full ID', danglingId()],
  ]

  beforeAll(async () => {
    core = createCore()
    generated = await describeGeneratedFixtures()
  })
  afterAll(async () => core?.close())

  it('images.get has as many steps as docker history, with the same sizes, in the same order', async () => {
    for (const [label, reference] of references()) {
      const detail = await core.services.handlers['images.get']({ reference })
      const rows = await dockerHistory(reference)
      expect(detail.history, label).toHaveLength(rows.length)
      expectSameSteps([...detail.history].reverse(), rows, label)
      expect(detail.history.map((step) => step.step), `${label}: numbered oldest first`).toEqual(rows.map((_, index) => index + 1))
    }
  })

  it('gives each layer to the step that made it, and none to metadata steps (checked against the saved config)', async () => {
    for (const [label, reference] of references()) {
      const detail = await core.services.handlers['images.get']({ reference })
      const truth = trueStepLayers(await savedConfig(reference))
      expect(detail.diffIds, `${label}: RootFS layers`).toEqual(await dockerDiffIds(reference))
      expect(detail.history.map((step) => step.diffId), `${label}: layer of each step`).toEqual(truth)
      expect(detail.history.map((step) => step.isEmpty), `${label}: metadata steps`).toEqual(truth.map((diffId) => diffId === null))
      expect(detail.history.filter((step) => !step.isEmpty).map((step) => step.diffId), label).toEqual(detail.diffIds)
      expect(detail.alignment, label).not.toBe('mismatch')
    }
  })

  it('calls the alignment exact when every layer-making step added bytes', async () => {
    for (const reference of [fixtureRefs.debianSlim, fixtureRefs.pythonSlim, fixtureRefs.multiTag, danglingId()]) {
      expect((await core.services.handlers['images.get']({ reference })).alignment, reference).toBe('exact')
    }
  })

  it('places the empty-tar layers of the zero-byte fixture on its RUN and WORKDIR steps', async () => {
    const detail = await core.services.handlers['images.get']({ reference: fixtureRefs.zeroLayer })
    const withLayer = detail.history.filter((step) => !step.isEmpty).map((step) => `${step.instruction} ${step.sizeBytes}`)
    // Each engine's own figure for the same layers: file bytes, tar sizes, disk blocks.
    const expected = { docker20: ['ADD 999999', 'RUN 0', 'WORKDIR 0'], podman: ['ADD 1003008', 'RUN 1024', 'WORKDIR 1024'], docker26: ['ADD 1015808', 'RUN 4096', 'WORKDIR 4096'] }
    expect(withLayer).toEqual(expected[testEngine])
    expect(detail.diffIds).toEqual(generated.get('zero-layer')?.diffIds)
  })

  it('`baseline inspect IMAGE --json` prints docker history\'s steps, newest first', async () => {
    for (const [label, reference] of references()) {
      const detail = await baselineJson<ImageDetail>(['inspect', reference])
      const rows = await dockerHistory(reference)
      expect(detail.history, label).toHaveLength(rows.length)
      expectSameSteps(detail.history, rows, label)
    }
  })

  it('`baseline inspect A B C --json` prints one detail per image, in the order asked, by tag or short ID', async () => {
    const shortDangling = danglingId().replace(/^sha256:/, '').slice(0, 12)
    const details = await baselineJson<ImageDetail[]>(['inspect', fixtureRefs.appLatest, fixtureRefs.pythonSlim, shortDangling])
    expect(details.map((detail) => detail.summary.id)).toEqual([
      (await core.services.handlers['images.get']({ reference: fixtureRefs.app })).summary.id,
      generated.get('python-slim')?.id,
      danglingId(),
    ])
  })
})
