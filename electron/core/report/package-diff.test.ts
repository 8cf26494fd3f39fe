import { describe, expect, it } from 'vitest'
import type { InstalledPackage, PackageInventory } from '../../../shared/model'
import { diffPackages, packageCountLine } from './package-diff'

const deb = (name: string, version: string): InstalledPackage => ({ ecosystem: 'deb', name, version, architecture: 'amd64', source: null, layerIndex: 0, path: 'var/lib/dpkg/status' })
const inventoryOf = (packages: InstalledPackage[]): PackageInventory => ({ imageId: 'x', distro: null, packages, notes: [] })

describe('diffPackages', () => {
  it('says what the move drops, brings and changes, with counts', () => {
    const full = inventoryOf([deb('gcc-12', '12.2.0-14'), deb('python3-dev', '3.11.2-1'), deb('libc6', '2.36-9'), deb('bash', '5.2')])
    const slim = inventoryOf([deb('libc6', '2.36-9+deb12u1'), deb('bash', '5.2'), deb('tini', '0.19')])
    const diff = diffPackages({ reference: 'app:full', inventory: full }, { reference: 'app:slim', inventory: slim })
    expect(diff.removed.map((item) => item.name)).toEqual(['gcc-12', 'python3-dev'])
    expect(diff.added.map((item) => item.name)).toEqual(['tini'])
    expect(diff.changed).toEqual([{ ecosystem: 'deb', name: 'libc6', architecture: 'amd64', fromVersion: '2.36-9', toVersion: '2.36-9+deb12u1' }])
    expect(diff.counts).toEqual({ from: 4, to: 3, removed: 2, added: 1, changed: 1, unchanged: 1 })
    expect(packageCountLine(diff)).toBe('1 fewer package')
  })

  it('counts the same package nested twice in node_modules once', () => {
    const npm = (version: string): InstalledPackage => ({ ...deb('left-pad', version), ecosystem: 'npm', architecture: null })
    const diff = diffPackages({ reference: 'a', inventory: inventoryOf([npm('1.0.0'), npm('1.0.0')]) }, { reference: 'b', inventory: inventoryOf([npm('1.0.0')]) })
    expect(diff.counts).toMatchObject({ from: 1, to: 1, unchanged: 1 })
    expect(packageCountLine({ ...diff, counts: { ...diff.counts, from: 300, to: 13 } })).toBe('287 fewer packages')
  })
})
