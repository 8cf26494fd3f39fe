import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PackageInventory } from '../../shared/model'
import { docker } from '../fixtures/images'
import { checkCycloneDx16 } from '../fixtures/packages/cyclonedx-schema'
import { rpmHeader, writeRpmSqlite, type RpmPackage } from '../fixtures/packages/rpm-headers'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'

/** A Fedora-shaped busybox image: rpm >= 4.16's rpmdb.sqlite written here, one layer, then a dnf-like upgrade above it. */
const RPM_REF = 'baseline-test-rpm/fedora:1'

const fedora = (name: string, version: string, release: string, source: string, extra: Partial<RpmPackage> = {}): RpmPackage => ({ name, version, release, arch: 'x86_64', sourceRpm: `${source}-${version}-${release}.src.rpm`, ...extra })

const BASE: RpmPackage[] = [
  fedora('bash', '5.2.26', '3.fc40', 'bash'),
  fedora('glibc', '2.39', '17.fc40', 'glibc'),
  fedora('glibc-minimal-langpack', '2.39', '17.fc40', 'glibc'),
  fedora('perl-libs', '5.38.2', '506.fc40', 'perl', { epoch: 4 }),
  fedora('tzdata', '2024a', '5.fc40', 'tzdata', { arch: 'noarch' }),
]
/** The upgrade layer: glibc and its langpack updated, tzdata removed, curl added. */
const UPGRADED: RpmPackage[] = [
  ...BASE.filter((item) => item.name !== 'tzdata').map((item) => (item.sourceRpm?.startsWith('glibc-') ? fedora(item.name ?? '', '2.39', '22.fc40', 'glibc') : item)),
  fedora('curl', '8.6.0', '10.fc40', 'curl'),
]

async function buildRpmImage(): Promise<void> {
  const context = await mkdtemp(join(tmpdir(), 'baseline-test-rpm-'))
  try {
    writeRpmSqlite(join(context, 'rpmdb-1.sqlite'), BASE.map(rpmHeader))
    writeRpmSqlite(join(context, 'rpmdb-2.sqlite'), UPGRADED.map(rpmHeader))
    await writeFile(join(context, 'os-release'), 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=40\n')
    await copyFile('/bin/busybox', join(context, 'busybox'))
    await writeFile(join(context, 'Dockerfile'), [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      'COPY os-release /etc/os-release',
      'COPY rpmdb-1.sqlite /var/lib/rpm/rpmdb.sqlite',
      'COPY rpmdb-2.sqlite /var/lib/rpm/rpmdb.sqlite',
      '',
    ].join('\n'))
    await docker(['build', '-q', '-t', RPM_REF, context], { env: { ...process.env, DOCKER_BUILDKIT: '0' } })
  } finally {
    await rm(context, { recursive: true, force: true })
  }
}

const evr = (item: RpmPackage): string => `${item.epoch === undefined ? '' : `${item.epoch}:`}${item.version}-${item.release}`

describe.skipIf(noDocker)('rpm packages of an image holding rpm >= 4.16 SQLite database', () => {
  let core: CoreUnderTest
  let inventory: PackageInventory

  beforeAll(async () => {
    await buildRpmImage()
    core = createCore()
    await core.services.layers.scan(RPM_REF, null, new AbortController().signal, () => undefined)
    inventory = await core.services.handlers['packages.list']({ reference: RPM_REF })
  }, 300_000)
  afterAll(async () => {
    await core?.close()
  })

  it('lists exactly the packages written to /var/lib/rpm/rpmdb.sqlite, each with its layer', () => {
    const rows = inventory.packages.map((item) => `${item.ecosystem} ${item.name} ${item.version} ${item.architecture} ${item.source ?? '-'} layer ${item.layerIndex}`)
    console.log(`[rpm] ${RPM_REF}: ${rows.length} packages; notes: ${JSON.stringify(inventory.notes)}\n  ${rows.join('\n  ')}`)
    const expected = UPGRADED.map((item) => {
      const source = item.sourceRpm?.replace(/-[^-]+-[^-]+\.src\.rpm$/, '')
      const layer = BASE.some((before) => before.name === item.name && evr(before) === evr(item)) ? 2 : 3
      return `rpm ${item.name} ${evr(item)} ${item.arch} ${source === item.name ? '-' : source} layer ${layer}`
    }).sort()
    expect(rows).toEqual(expected)
    expect(rows).toContain('rpm perl-libs 4:5.38.2-506.fc40 x86_64 perl layer 2')
    expect(inventory.notes).toEqual([])
    expect(inventory.distro).toEqual({ id: 'fedora', versionId: '40' })
  })

  it('exports them in the CycloneDX SBOM with pkg:rpm/fedora package URLs, the epoch as its qualifier', async () => {
    const sbom = await core.services.handlers['packages.sbom']({ reference: RPM_REF })
    const document = JSON.parse(sbom.content) as { components: { purl: string }[] }
    const purls = document.components.map((component) => component.purl)
    const check = checkCycloneDx16(document)
    console.log(`[rpm] SBOM ${sbom.fileName}: ${purls.join(', ')}; schema ${check.schemaFile}: ${check.valid ? 'valid' : check.errors.join('; ')}`)
    expect(check.errors).toEqual([])
    expect(purls).toHaveLength(UPGRADED.length)
    expect(purls).toContain('pkg:rpm/fedora/glibc-minimal-langpack@2.39-22.fc40?arch=x86_64&distro=fedora-40&upstream=glibc')
    expect(purls).toContain('pkg:rpm/fedora/perl-libs@5.38.2-506.fc40?arch=x86_64&distro=fedora-40&epoch=4&upstream=perl')
  })
})
