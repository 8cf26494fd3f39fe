import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rpmHeader, writeRpmSqlite, type RpmPackage } from '../../../test/fixtures/packages/rpm-headers'
import { scanExport } from './scan-export'
import { chunked, exportBytes, tarBytes, type TarEntry } from './test-support'

const stanza = (name: string, version: string, extra = ''): string =>
  `Package: ${name}\nStatus: install ok installed\nPriority: required\nArchitecture: amd64\n${extra}Version: ${version}\nDescription: the ${name} package\n  a long continuation line mentioning Package: fake\n\n`

const BASE_STATUS = stanza('libc6', '2.36-9', 'Source: glibc\n') + stanza('bash', '5.2.15-2') + 'Package: gone\nStatus: deinstall ok config-files\nVersion: 1\n\n'
const UPGRADED = stanza('libc6', '2.36-9+deb12u1', 'Source: glibc (2.36-9+deb12u1)\n') + stanza('bash', '5.2.15-2') + stanza('gcc-12', '12.2.0-14')

async function scanOf(layers: TarEntry[][]) {
  const { bytes } = await exportBytes({ layout: 'legacy', layers: await Promise.all(layers.map((entries) => tarBytes(entries))) })
  return scanExport(chunked(bytes, 700))
}

describe('the package inventory of a scan', () => {
  it('lists dpkg packages of the final status with the layer that installed their current version', async () => {
    const { packages } = await scanOf([
      [{ name: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' }, { name: 'var/lib/dpkg/status', content: BASE_STATUS }],
      [{ name: 'var/lib/dpkg/status', content: UPGRADED }],
    ])
    expect(packages.distro).toEqual({ id: 'debian', versionId: '12' })
    expect(packages.packages.map((item) => [item.name, item.version, item.architecture, item.source, item.layerIndex])).toEqual([
      ['bash', '5.2.15-2', 'amd64', null, 0],
      ['gcc-12', '12.2.0-14', 'amd64', null, 1],
      ['libc6', '2.36-9+deb12u1', 'amd64', 'glibc', 1],
    ])
  })

  it('lists nothing of a database a later layer deleted', async () => {
    const { packages } = await scanOf([[{ name: 'var/lib/dpkg/status', content: BASE_STATUS }], [{ name: 'var/lib/dpkg/.wh.status', content: '' }]])
    expect(packages.packages).toEqual([])
  })

  it('reads apk, distroless status.d, Python dist-info and node_modules, and says a broken rpm database is not read', async () => {
    const { packages } = await scanOf([
      [
        { name: 'lib/apk/db/installed', content: 'C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\no:musl\n\nP:busybox-binsh\nV:1.36.1-r29\nA:x86_64\no:busybox\n\n' },
        { name: 'var/lib/dpkg/status.d/tzdata', content: 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n' },
        { name: 'var/lib/dpkg/status.d/tzdata.md5sums', content: 'abc  usr/share/zoneinfo/UTC\n' },
        { name: 'usr/local/lib/python3.12/site-packages/numpy-2.1.0.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: numpy\nVersion: 2.1.0\n\nVersion: 9.9.9 in the description\n' },
        { name: 'app/node_modules/@scope/left/package.json', content: '{"name":"@scope/left","version":"1.0.0"}' },
        { name: 'app/node_modules/broken/package.json', content: '{"name": ' },
        { name: 'var/lib/rpm/rpmdb.sqlite', content: 'SQLite format 3\0' },
      ],
    ])
    expect(packages.packages.map((item) => `${item.ecosystem} ${item.name} ${item.version} ${item.source ?? '-'}`)).toEqual([
      'apk busybox-binsh 1.36.1-r29 busybox',
      'apk musl 1.2.5-r0 -',
      'deb tzdata 2024a-0+deb12u1 -',
      'npm @scope/left 1.0.0 -',
      'pypi numpy 2.1.0 -',
    ])
    expect(packages.notes.join(' ')).toMatch(/rpm database not read: var\/lib\/rpm\/rpmdb\.sqlite is not a readable rpmdb\.sqlite/)
  })

  it('reads a status whose one line is megabytes long by its start, and the packages after it', async () => {
    const { packages } = await scanOf([[{ name: 'var/lib/dpkg/status', content: `Description: ${'x'.repeat(3_000_000)}\n\n${stanza('bash', '5')}` }]])
    expect(packages.packages.map((item) => item.name)).toEqual(['bash'])
  })
})

function rpmdbBytes(items: RpmPackage[]): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'baseline-test-rpmdb-'))
  try {
    writeRpmSqlite(join(folder, 'rpmdb.sqlite'), items.map(rpmHeader))
    return readFileSync(join(folder, 'rpmdb.sqlite'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

describe('the rpm packages of a scan', () => {
  const fedora = (name: string, version: string, source = name): RpmPackage => ({ name, version, release: '1.fc39', arch: 'x86_64', sourceRpm: `${source}-${version}-1.fc39.src.rpm` })

  it('lists rpmdb.sqlite packages with the layer that installed their current version', async () => {
    const { packages } = await scanOf([
      [{ name: 'etc/os-release', content: 'ID=fedora\nVERSION_ID=39\n' }, { name: 'usr/lib/sysimage/rpm/rpmdb.sqlite', content: rpmdbBytes([fedora('bash', '5.2.21'), fedora('glibc', '2.38')]) }],
      [{ name: 'usr/lib/sysimage/rpm/rpmdb.sqlite', content: rpmdbBytes([fedora('bash', '5.2.21'), fedora('glibc', '2.39'), fedora('glibc-langpack-en', '2.39', 'glibc')]) }],
    ])
    expect(packages.packages.map((item) => [item.ecosystem, item.name, item.version, item.architecture, item.source, item.layerIndex])).toEqual([
      ['rpm', 'bash', '5.2.21-1.fc39', 'x86_64', null, 0],
      ['rpm', 'glibc', '2.39-1.fc39', 'x86_64', null, 1],
      ['rpm', 'glibc-langpack-en', '2.39-1.fc39', 'x86_64', 'glibc', 1],
    ])
    expect(packages.notes).toEqual([])
  })

  it('names the format of an rpm database it does not read', async () => {
    const { packages } = await scanOf([[{ name: 'var/lib/rpm/Packages', content: Buffer.alloc(64) }, { name: 'usr/lib/sysimage/rpm/Packages.db', content: Buffer.alloc(64) }]])
    expect(packages.packages).toEqual([])
    expect(packages.notes).toEqual([
      'An rpm database is present (var/lib/rpm/Packages, Berkeley DB) but is not read: Baseline reads rpm\'s SQLite database only, so rpm packages are not listed.',
      'An rpm database is present (usr/lib/sysimage/rpm/Packages.db, ndb) but is not read: Baseline reads rpm\'s SQLite database only, so rpm packages are not listed.',
    ])
  })
})
