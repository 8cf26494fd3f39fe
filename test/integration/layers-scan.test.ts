import { statSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FileEntry, LayerScan, OperationFinished, OperationProgress } from '../../shared/model'
import { BUSYBOX_BINARY } from '../fixtures/images/busybox-images'
import { fixtureRefs } from '../fixtures/images'
import { baselineJson } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'
import { testEngine } from './support/test-engine'

/**
 * The layers fixture (test/fixtures/images/busybox-images.ts, layersDockerfile), by hand:
 * layer 0 COPY busybox (B bytes), 1 busybox --install (symlinks only), 2 writes 10,000 + 20,000 +
 * 30,000, 3 overwrites the 10,000 with 15,000, 4 deletes the 20,000, 5 makes data/opaque opaque
 * (hiding the 30,000) and adds 5,000, 6 adds 4,000 with a hard link and a symlink to it.
 */
const B = statSync(BUSYBOX_BINARY).size
const EXPECTED = {
  totalBytes: B + 84_000,
  finalBytes: B + 24_000,
  wastedBytes: 60_000,
  baseWastedBytes: 0,
  ownWastedBytes: 60_000,
  wastedFileCount: 3,
  wastedFiles: [
    { path: 'data/opaque/old.bin', layerIndex: 2, sizeBytes: 30_000, reason: 'deleted', byLayerIndex: 5, owner: 'own' },
    { path: 'data/deleted.bin', layerIndex: 2, sizeBytes: 20_000, reason: 'deleted', byLayerIndex: 4, owner: 'own' },
    { path: 'data/overwritten.bin', layerIndex: 2, sizeBytes: 10_000, reason: 'overwritten', byLayerIndex: 3, owner: 'own' },
  ],
}

function expectHandComputed(scan: LayerScan, label: string): void {
  expect(scan, label).toMatchObject(EXPECTED)
  expect(scan.efficiency, `${label}: efficiency`).toBeCloseTo((B + 24_000) / (B + 84_000), 12)
  expect(scan.layers.map((layer) => layer.sizeBytes), `${label}: layer sizes`).toEqual([B, 0, 60_000, 15_000, 0, 5_000, 4_000])
  expect(scan.layers.map((layer) => layer.wastedBytes), `${label}: waste by layer`).toEqual([0, 0, 60_000, 0, 0, 0, 0])
  expect(scan.layers.map((layer) => layer.owner), `${label}: owners`).toEqual(['base', 'base', 'own', 'own', 'own', 'own', 'own'])
  expect(scan.facts, `${label}: facts`).toMatchObject({ osRelease: null, libc: 'none', packages: [], compilers: [], shell: 'bin/sh' })
}

/** The progress events of one operation, in order. */
function progressOf(core: CoreUnderTest, operationId: string): OperationProgress[] {
  return core.events
    .filter((entry) => entry.event === 'operation.progress')
    .map((entry) => entry.payload as OperationProgress)
    .filter((progress) => progress.operationId === operationId)
}

// Podman's builder (buildah) commits the `run` folder it mounts over during a RUN step, empty.
const builderLeftover = (path: string): boolean => testEngine === 'podman' && path === 'run'
const strip = (entries: FileEntry[]) => entries
  .filter(({ path }) => !builderLeftover(path))
  .map(({ path, kind, sizeBytes, change, linkTarget }) => [path, kind, sizeBytes, change, linkTarget])

describe.skipIf(noDocker)('layers.scan on an image built with known waste', () => {
  let core: CoreUnderTest
  const reference = fixtureRefs.layers

  beforeAll(() => {
    core = createCore()
  })
  afterAll(async () => core?.close())

  const finished = (operationId: string, since: number): Promise<OperationFinished> =>
    core.waitForEvent('operation.finished', (payload) => payload.operationId === operationId, since, 60_000)

  it('streams the export with progress, and counts every lost copy once', async () => {
    const since = Date.now()
    const { operationId } = await core.services.handlers['layers.scan']({ reference })
    expect(await finished(operationId, since)).toMatchObject({ outcome: 'succeeded', error: null })
    const phases = progressOf(core, operationId)
    expect(phases[0]).toMatchObject({ phase: 'preparing export', total: null })
    const reading = phases.filter((progress) => progress.phase === 'reading layers')
    expect(reading.every((progress) => progress.total !== null && progress.done <= progress.total)).toBe(true)
    expect(phases.at(-1)?.phase).toBe('summarising')

    const scan = await core.services.handlers['layers.get']({ reference })
    if (scan === null) throw new Error('layers.get answered null after a finished scan')
    expectHandComputed(scan, 'services')
  })

  it('answers the tree of one layer and the filesystem up to it', async () => {
    const opaqueLayer = await core.services.handlers['layers.tree']({ reference, layerIndex: 5, scope: 'layer' })
    expect(strip(opaqueLayer.entries)).toEqual([
      ['data', 'directory', 0, 'modified', null],
      ['data/opaque', 'directory', 0, 'modified', null],
      ['data/opaque/new.bin', 'file', 5_000, 'added', null],
      ['data/opaque/old.bin', 'file', 30_000, 'removed', null],
    ])
    const linkLayer = await core.services.handlers['layers.tree']({ reference, layerIndex: 6, scope: 'layer' })
    expect(strip(linkLayer.entries)).toEqual([
      ['data', 'directory', 0, 'modified', null],
      ['data/hard.bin', 'file', 4_000, 'added', null],
      ['data/link', 'symlink', 0, 'added', 'overwritten.bin'],
      ['data/linked.bin', 'hardlink', 0, 'added', 'data/hard.bin'],
    ])
    const top = await core.services.handlers['layers.tree']({ reference, layerIndex: 6, scope: 'cumulative' })
    const data = top.entries.filter((entry) => entry.path.startsWith('data/'))
    expect(data.map((entry) => [entry.path, entry.sizeBytes])).toEqual([
      ['data/hard.bin', 4_000],
      ['data/link', 0],
      ['data/linked.bin', 0],
      ['data/opaque', 0],
      ['data/opaque/new.bin', 5_000],
      ['data/overwritten.bin', 15_000],
    ])
    const visible = top.entries.filter((entry) => entry.kind === 'file').reduce((sum, entry) => sum + entry.sizeBytes, 0)
    expect(visible).toBe(B + 24_000)
  })

  it('finishes a second scan at once from the cache, without reading the export', async () => {
    const since = Date.now()
    const { operationId } = await core.services.handlers['layers.scan']({ reference })
    expect(await finished(operationId, since)).toMatchObject({ outcome: 'succeeded' })
    expect(progressOf(core, operationId).map((progress) => progress.phase)).not.toContain('reading layers')
  })

  it('baseline scan --json prints the same hand-computed figures', async () => {
    expectHandComputed(await baselineJson<LayerScan>(['scan', reference]), 'CLI')
  })

  it('cancels while the engine prepares the export: the operation says cancelled and nothing is cached', async () => {
    const fresh = createCore()
    try {
      const since = Date.now()
      const { operationId } = await fresh.services.handlers['layers.scan']({ reference })
      await expect(fresh.services.handlers['operations.cancel']({ operationId })).resolves.toEqual({ cancelled: true })
      const outcome = await fresh.waitForEvent('operation.finished', (payload) => payload.operationId === operationId, since, 30_000)
      expect(outcome.outcome).toBe('cancelled')
      // Give the aborted request time to unwind: a late rejection would fail the run as unhandled.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await fresh.services.handlers['layers.get']({ reference })).toBeNull()
    } finally {
      await fresh.close()
    }
  })
})
