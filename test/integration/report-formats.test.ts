import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Comparison } from '../../shared/model'
import { fixtureRefs, HOSTILE_TEXT } from '../fixtures/images'
import { REPO_ROOT } from './support/baseline-cli'
import { noDocker } from './support/daemon'
import { dockerHistory } from './support/docker-truth'
import { listedSize, sizesAreFileBytes } from './support/test-engine'
import { parseCsv } from '../../electron/core/report/test-support/parse-csv'
import { createReportWorkspace, REPORT_IMAGES, type ReportWorkspace } from './support/report-images'

const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'resources/report/comparison.schema.json'), 'utf8')) as object

describe.skipIf(noDocker)('report formats for three fixture images', () => {
  let workspace: ReportWorkspace
  const report = async (format: string, extra: string[] = []): Promise<string> => {
    const result = await workspace.home.run(['report', ...REPORT_IMAGES, ...extra, '--format', format])
    expect(result.exitCode, result.stderr).toBe(0)
    return result.stdout
  }

  beforeAll(() => {
    workspace = createReportWorkspace()
  })
  afterAll(() => workspace?.remove())

  it('JSON validates against resources/report/comparison.schema.json and shares the busybox layers', async () => {
    const document = JSON.parse(await report('json')) as Comparison
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect(document.images.map((image) => image.reference)).toEqual([...REPORT_IMAGES])
    const [app, busybox, hostile] = document.images
    // Both images built on busybox carry its layers: stored once, so sharing saves two copies of
    // them — as many bytes as docker history gives busybox's steps (on Docker 20.10 its whole size).
    const busyboxLayerBytes = (await dockerHistory(fixtureRefs.busybox)).reduce((sum, step) => sum + step.sizeBytes, 0)
    expect(app?.sharedBytes).toBe(busyboxLayerBytes)
    expect(hostile?.sharedBytes).toBe(busyboxLayerBytes)
    expect(document.totals.savedBySharingBytes).toBe(2 * busyboxLayerBytes)
    if (sizesAreFileBytes) expect(busyboxLayerBytes).toBe(busybox?.sizeBytes)
    expect(document.engine?.version).toBeTruthy()
  })

  it('CSV written with -o opens as the table of the JSON: a column per image, its rows in order, sizes in exact bytes', async () => {
    const path = join(workspace.out, 'report.csv')
    await report('csv', ['-o', path])
    const [header, ...lines] = parseCsv(readFileSync(path, 'utf8'))
    expect(header).toEqual(['section', 'key', 'row', ...REPORT_IMAGES])
    const document = JSON.parse(await report('json')) as Comparison
    const rows = document.sections.flatMap((section) => section.rows)
    expect(lines.slice(0, rows.length).map((line) => line[2])).toEqual(rows.map((row) => row.label))
    const onDisk = lines.find((line) => line[1] === 'size.onDisk')
    expect(onDisk?.slice(3)).toEqual(await Promise.all(REPORT_IMAGES.map(async (reference) => String(await listedSize(reference)))))
  })

  it('Markdown escapes the pipe and the markup of the hostile label and command', async () => {
    const markdown = await report('md')
    const escaped = HOSTILE_TEXT.replace(/</g, '&lt;').replace(/>/g, '&gt;')
    expect(markdown).toContain(`| org.opencontainers.image.description | ${escaped} \\| piped |`)
    expect(markdown).toContain(`echo '${escaped}' \\| tee /hostile.txt`)
    expect(markdown).not.toContain(HOSTILE_TEXT)
  })

  it('a reference only the catalogue knows becomes a catalogue column; an unknown one is named', async () => {
    // Not python:3.12-slim: Podman resolves that short name to the local fixture
    // localhost/baseline-fixture/python:3.12-slim, as `podman image inspect` does.
    const document = JSON.parse(await workspace.home.run(['report', fixtureRefs.app, 'debian:bookworm-slim', '--format', 'json']).then((result) => result.stdout)) as Comparison
    expect(document.images.map((image) => [image.reference, image.source, image.layers.length])).toEqual([
      [fixtureRefs.app, 'local', expect.any(Number)],
      ['debian:bookworm-slim', 'catalogue', 0],
    ])
    expect(document.images[1]?.libc).toBe('glibc')
    const missing = await workspace.home.run(['report', fixtureRefs.app, 'baseline-fixture/nope:1', '--format', 'json'])
    expect(missing.exitCode).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toContain('No such image: baseline-fixture/nope:1 (not on this machine, and not in the catalogue)')
  })
})
