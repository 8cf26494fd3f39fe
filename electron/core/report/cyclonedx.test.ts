import { describe, expect, it } from 'vitest'
import type { InstalledPackage, PackageInventory } from '../../../shared/model'
import { checkCycloneDx16 } from '../../../test/fixtures/packages/cyclonedx-schema'
import { buildCycloneDx, sbomFileName } from './cyclonedx'
import { packageUrl } from './package-url'

const item = (ecosystem: InstalledPackage['ecosystem'], name: string, version: string | null, extra: Partial<InstalledPackage> = {}): InstalledPackage => ({
  ecosystem, name, version, architecture: null, source: null, layerIndex: 0, path: 'var/lib/dpkg/status', ...extra,
})

const inventory: PackageInventory = {
  imageId: 'sha256:abc',
  distro: { id: 'debian', versionId: '12' },
  packages: [
    item('deb', 'libc6', '2.36-9+deb12u1', { architecture: 'amd64', source: 'glibc' }),
    item('deb', 'bsdutils', '1:2.38.1-5+deb12u3', { architecture: 'amd64', source: 'util-linux' }),
    item('pypi', 'Typing_Extensions', '4.12.2'),
    item('npm', '@scope/left', '1.0.0'),
    item('npm', '@scope/left', '1.0.0', { path: 'app/node_modules/x/node_modules/@scope/left/package.json' }),
    item('npm', 'no-version', null),
  ],
  notes: ['An rpm database is present (var/lib/rpm/rpmdb.sqlite) but is not read'],
}

describe('the CycloneDX export', () => {
  it('writes package URLs as the purl spec spells them', () => {
    const [libc, bsdutils, typing, scoped] = inventory.packages
    expect(packageUrl(libc!, inventory.distro)).toBe('pkg:deb/debian/libc6@2.36-9%2Bdeb12u1?arch=amd64&distro=debian-12&upstream=glibc')
    expect(packageUrl(bsdutils!, inventory.distro)).toBe('pkg:deb/debian/bsdutils@1%3A2.38.1-5%2Bdeb12u3?arch=amd64&distro=debian-12&upstream=util-linux')
    expect(packageUrl(typing!, inventory.distro)).toBe('pkg:pypi/typing-extensions@4.12.2')
    expect(packageUrl(scoped!, inventory.distro)).toBe('pkg:npm/%40scope/left@1.0.0')
    expect(packageUrl(item('apk', 'musl', '1.2.5-r0', { architecture: 'x86_64' }), { id: 'alpine', versionId: '3.20.3' })).toBe('pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3')
    expect(packageUrl(item('rpm', 'perl-libs', '4:5.38.2-506.fc40', { architecture: 'x86_64', source: 'perl' }), { id: 'fedora', versionId: '40' })).toBe('pkg:rpm/fedora/perl-libs@5.38.2-506.fc40?arch=x86_64&distro=fedora-40&epoch=4&upstream=perl')
    expect(packageUrl(item('rpm', 'bash', '5.2.26-3.fc40', { architecture: 'x86_64' }), null)).toBe('pkg:rpm/redhat/bash@5.2.26-3.fc40?arch=x86_64')
  })

  it('is valid CycloneDX 1.6, one component per package URL', () => {
    const document = buildCycloneDx({ reference: 'app:1.0', inventory, appVersion: '0.1.0', now: new Date('2026-12-08T00:00:00Z'), serial: '3e671687-395b-41f5-a30f-a58921a69b79' })
    const check = checkCycloneDx16(document)
    expect(check.errors).toEqual([])
    expect(check.valid).toBe(true)
    expect((document.components as unknown[]).length).toBe(5)
  })

  it('fails the schema check when a required field is missing, so the check can fail', () => {
    const document = buildCycloneDx({ reference: 'x', inventory, appVersion: '0.1.0', now: new Date(), serial: 'not-a-uuid' })
    expect(checkCycloneDx16(document).valid).toBe(false)
  })

  it('names the file after the image', () => {
    expect(sbomFileName('registry.example/app:1.0')).toBe('registry.example-app-1.0.cdx.json')
    expect(sbomFileName('///')).toBe('image.cdx.json')
  })
})
