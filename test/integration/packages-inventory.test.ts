import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../electron/core/report'
import type { PackageInventory } from '../../shared/model'
import { docker } from '../fixtures/images'
import { checkCycloneDx16 } from '../fixtures/packages/cyclonedx-schema'
import { ensureApkPackageImage, ensureDebianPackageImages, packageRefs } from '../fixtures/packages/package-images'
import { runBaseline } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

/** The package fixtures build on the host's Docker only (apt through the classic builder): not an engine suite. */
const sortedLines = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '').sort()

const asRows = (inventory: PackageInventory, ecosystem: string): string[] =>
  inventory.packages.filter((item) => item.ecosystem === ecosystem).map((item) => `${item.name} ${item.version ?? ''}`).sort()

describe.skipIf(noDocker)('package inventory, compare and SBOM of images built from real packages', () => {
  let core: CoreUnderTest
  const list = (reference: string): Promise<PackageInventory> => core.services.handlers['packages.list']({ reference })
  const scan = (reference: string) => core.services.layers.scan(reference, null, new AbortController().signal, () => undefined)

  beforeAll(async () => {
    await ensureDebianPackageImages()
    await ensureApkPackageImage()
    core = createCore()
    for (const reference of Object.values(packageRefs)) await scan(reference)
  }, 600_000)
  afterAll(async () => {
    await core?.close()
  })

  it('lists every package dpkg-query lists in the Debian image, name and version, row by row', async () => {
    const truth = sortedLines(await docker(['run', '--rm', packageRefs.full, 'dpkg-query', '-W', '-f', '${Package} ${Version}\\n']))
    const inventory = await list(packageRefs.full)
    console.log(`[packages] ${packageRefs.full}: dpkg-query lists ${truth.length} packages, the scan ${asRows(inventory, 'deb').length}`)
    expect(truth.length).toBeGreaterThan(100)
    expect(asRows(inventory, 'deb')).toEqual(truth)
    expect(inventory.distro).toEqual({ id: 'debian', versionId: '12' })
  })

  it('names the layer that installed each package: the compiler in the full image step, libc in the base', async () => {
    const inventory = await list(packageRefs.full)
    const layerOf = (name: string): number | undefined => inventory.packages.find((item) => item.name === name)?.layerIndex
    expect(layerOf('libc6')).toBe(0)
    expect(layerOf('python3')).toBe(1)
    expect(layerOf('gcc')).toBe(2)
    expect(inventory.packages.find((item) => item.name === 'libc6')).toMatchObject({ architecture: 'amd64', source: 'glibc' })
  })

  it('lists the apk-shaped image exactly as its installed database', async () => {
    const database = await docker(['run', '--rm', packageRefs.apk, 'cat', '/lib/apk/db/installed'])
    const truth = database.split('\n\n').flatMap((stanza) => {
      const field = (key: string): string => stanza.split('\n').find((line) => line.startsWith(`${key}:`))?.slice(2) ?? ''
      return field('P') === '' ? [] : [`${field('P')} ${field('V')}`]
    }).sort()
    const inventory = await list(packageRefs.apk)
    console.log(`[packages] ${packageRefs.apk}: installed lists ${truth.join(', ')}`)
    expect(truth.length).toBe(3)
    expect(asRows(inventory, 'apk')).toEqual(truth)
    expect(inventory.packages.find((item) => item.name === 'busybox-binsh')).toMatchObject({ architecture: 'x86_64', source: 'busybox', layerIndex: 3 })
  })

  it('compares the full image with its -slim: what moving to the slim drops, with counts', async () => {
    const diff = await core.services.handlers['packages.compare']({ references: [packageRefs.full, packageRefs.slim] })
    const dropped = diff.removed.map((item) => item.name)
    console.log(`[packages] ${diff.from} -> ${diff.to}: ${JSON.stringify(diff.counts)}; dropped e.g. ${dropped.filter((name) => /gcc|dev/.test(name)).join(', ')}`)
    expect(dropped).toEqual(expect.arrayContaining(['gcc', 'gcc-12', 'python3-dev', 'libpython3.11-dev', 'libc6-dev']))
    expect(diff.added).toEqual([])
    expect(diff.counts.removed).toBe(diff.counts.from - diff.counts.to)
    expect(diff.counts.to).toBe(sortedLines(await docker(['run', '--rm', packageRefs.slim, 'dpkg-query', '-W'])).length)
  })

  it('puts the package section in every report format: counts in HTML and Markdown, every package in JSON and CSV', async () => {
    const comparison = await core.services.handlers['images.compare']({ references: [packageRefs.full, packageRefs.slim] })
    const diff = comparison.packages?.diffs[0]
    expect(diff?.counts.removed).toBeGreaterThan(10)
    const fewer = `${diff?.counts.removed} fewer packages`
    expect(renderHtml(comparison)).toContain(`${packageRefs.full} → ${packageRefs.slim}: ${fewer}`)
    expect(renderMarkdown(comparison)).toContain(fewer)
    const json = JSON.parse(renderJson(comparison)) as typeof comparison
    expect(json.packages?.diffs[0]?.removed.map((item) => item.name)).toEqual(diff?.removed.map((item) => item.name))
    const csvRows = renderCsv(comparison).split('\r\n').filter((line) => line.startsWith('only-in-first,deb,'))
    console.log(`[packages] report: "${fewer}"; CSV rows only in the full image: ${csvRows.length}`)
    expect(csvRows).toHaveLength(diff?.counts.removed ?? -1)
    expect(csvRows.some((row) => row.startsWith('only-in-first,deb,python3-dev,'))).toBe(true)
  })

  it('exports the inventory as CycloneDX 1.6 that the official schema accepts, through baseline sbom -o', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'baseline-test-pkg-sbom-'))
    try {
      // The slim one: the CLI keeps a cache of its own and scans again, and the slim is half the bytes.
      const result = await runBaseline(['sbom', packageRefs.slim, '-o', join(folder, 'slim.cdx.json')])
      expect(result.exitCode, result.stderr).toBe(0)
      const document = JSON.parse(readFileSync(join(folder, 'slim.cdx.json'), 'utf8')) as { specVersion: string; components: { purl: string }[] }
      const check = checkCycloneDx16(document)
      console.log(`[packages] ${result.stderr.trim()}; schema ${check.schemaFile}: ${check.valid ? 'valid' : check.errors.join('; ')}`)
      expect(check.errors).toEqual([])
      expect(document.specVersion).toBe('1.6')
      const python = document.components.find((component) => component.purl.startsWith('pkg:deb/debian/python3.11@'))
      expect(python?.purl).toMatch(/^pkg:deb\/debian\/python3\.11@3\.11\.[^?]+\?arch=amd64&distro=debian-12$/)
      expect(document.components.length).toBe((await list(packageRefs.slim)).packages.length)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
