import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Comparison, ImageAnalysis, ImageDetail, LayerScan, OperationFinished } from '../../shared/model'
import { formatBytesLikeDocker } from '../../shared/lib/bytes'
import { docker, fixtureRefs } from '../fixtures/images'
import { baselineJson, runBaseline } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

/** One figure as some place shows it: its DESIGN name, where it was read, the number. */
interface Sighting {
  label: 'on disk' | 'content' | 'files stored' | 'files visible' | 'layers (base + own)'
  where: string
  bytes: number
}

/** Every label with the places that disagree on it; empty when each label has one number. */
function disagreements(sightings: readonly Sighting[]): Record<string, string[]> {
  const byLabel = new Map<string, Sighting[]>()
  for (const sighting of sightings) byLabel.set(sighting.label, [...(byLabel.get(sighting.label) ?? []), sighting])
  const found = [...byLabel].filter(([, seen]) => new Set(seen.map((entry) => entry.bytes)).size > 1)
  return Object.fromEntries(found.map(([label, seen]) => [label, seen.map((entry) => `${entry.where}: ${entry.bytes}`)]))
}

/**
 * DESIGN's rule, on every engine (it is in ENGINE_SUITES): one image, every size the app and the
 * CLI show for it under a name, collected from the contract's answers (what the list, the image
 * page, analysis and scan screens draw) and from `baseline inspect/analyze/scan --json` and
 * `baseline report --format json` — never two numbers under one name.
 */
describe.skipIf(noDocker)('every size shown for one image, under its label', () => {
  const reference = fixtureRefs.app
  let core: CoreUnderTest
  const sightings: Sighting[] = []

  beforeAll(async () => {
    core = createCore()
    const { handlers } = core.services
    const listed = (await handlers['images.list']({})).images.find((row) => row.tags.includes(reference))
    const detail = await handlers['images.get']({ reference })
    const analysis = await handlers['images.analyze']({ reference })
    const since = Date.now()
    const { operationId } = await handlers['layers.scan']({ reference })
    await core.waitForEvent('operation.finished', (payload: OperationFinished) => payload.operationId === operationId, since, 120_000)
    const scan = await handlers['layers.get']({ reference })
    if (!listed || !scan) throw new Error(`${reference} is not listed, or its scan did not finish`)
    sightings.push(
      { label: 'on disk', where: 'images.list (the list)', bytes: listed.sizeBytes },
      { label: 'on disk', where: 'images.get (the image page)', bytes: detail.summary.sizeBytes },
      { label: 'on disk', where: 'images.analyze', bytes: analysis.sizeBytes },
      { label: 'layers (base + own)', where: 'images.analyze', bytes: analysis.baseSizeBytes + analysis.ownSizeBytes },
      { label: 'files stored', where: 'layers.get (the files page)', bytes: scan.totalBytes },
      { label: 'files visible', where: 'layers.get (the files page)', bytes: scan.finalBytes },
    )
    if (detail.contentBytes !== null) sightings.push({ label: 'content', where: 'images.get (the image page)', bytes: detail.contentBytes })
    sightings.push(...(await cliSightings(reference)))
  }, 300_000)
  afterAll(async () => {
    await core?.close()
  })

  it('"on disk" is the figure the engine\'s own `docker image ls` prints', async () => {
    // Podman lists the image once per name that matches (app:1.0 and app:latest): one figure each time.
    const printed = [...new Set((await docker(['image', 'ls', '--format', '{{.Size}}', reference])).trim().split('\n'))]
    expect(printed).toHaveLength(1)
    const onDisk = sightings.find((entry) => entry.label === 'on disk')
    expect(formatBytesLikeDocker(onDisk?.bytes ?? -1)).toBe(printed[0])
  })

  it('no label carries two different numbers, in the app or the CLI', () => {
    expect(disagreements(sightings)).toEqual({})
    expect(new Set(sightings.map((entry) => entry.label))).toEqual(new Set(['on disk', 'layers (base + own)', 'files stored', 'files visible',
      ...(sightings.some((entry) => entry.label === 'content') ? ['content'] : [])]))
  })
})

async function cliSightings(reference: string): Promise<Sighting[]> {
  const inspected = await baselineJson<ImageDetail[] | ImageDetail>(['inspect', reference])
  const detail = Array.isArray(inspected) ? inspected[0] : inspected
  const analysed = await baselineJson<ImageAnalysis[] | ImageAnalysis>(['analyze', reference])
  const analysis = Array.isArray(analysed) ? analysed[0] : analysed
  const scan = await baselineJson<LayerScan>(['scan', reference])
  const report = await runBaseline(['report', reference, '--format', 'json'])
  if (!detail || !analysis || report.exitCode !== 0) throw new Error(`the CLI did not answer for ${reference}: ${report.stderr}`)
  const compared = (JSON.parse(report.stdout) as Comparison).images[0]
  if (!compared) throw new Error('baseline report --format json holds no image')
  return [
    { label: 'on disk', where: 'baseline inspect --json', bytes: detail.summary.sizeBytes },
    ...(detail.contentBytes === null ? [] : [{ label: 'content' as const, where: 'baseline inspect --json', bytes: detail.contentBytes }]),
    { label: 'on disk', where: 'baseline analyze --json', bytes: analysis.sizeBytes },
    { label: 'layers (base + own)', where: 'baseline analyze --json', bytes: analysis.baseSizeBytes + analysis.ownSizeBytes },
    { label: 'files stored', where: 'baseline scan --json', bytes: scan.totalBytes },
    { label: 'files visible', where: 'baseline scan --json', bytes: scan.finalBytes },
    // A local image always has an on-disk figure: a null would be a fault, and NaN agrees with nothing.
    { label: 'on disk', where: 'baseline report --format json', bytes: compared.sizeBytes ?? Number.NaN },
    { label: 'layers (base + own)', where: 'baseline report --format json', bytes: (compared.baseSizeBytes ?? Number.NaN) + (compared.ownSizeBytes ?? Number.NaN) },
  ]
}
