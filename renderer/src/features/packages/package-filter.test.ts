import { describe, expect, it } from 'vitest'
import type { InstalledPackage } from '../../../../shared/model'
import { filterPackages, inventoryText } from './package-filter'

const item = (name: string, ecosystem: InstalledPackage['ecosystem'], layerIndex: number, source: string | null = null): InstalledPackage => ({
  ecosystem, name, version: '1.0', architecture: null, source, layerIndex, path: 'x',
})
const packages = [item('libc6', 'deb', 0, 'glibc'), item('libpython3.11-dev', 'deb', 2), item('python3-dev', 'deb', 2), item('numpy', 'pypi', 3)]

describe('filterPackages', () => {
  it('keeps the packages holding every word typed', () => {
    expect(filterPackages(packages, 'DEV deb').map((p) => p.name)).toEqual(['libpython3.11-dev', 'python3-dev'])
    expect(filterPackages(packages, 'glibc').map((p) => p.name)).toEqual(['libc6'])
    expect(filterPackages(packages, 'layer:3').map((p) => p.name)).toEqual(['numpy'])
    expect(filterPackages(packages, '  ')).toHaveLength(4)
  })

  it('counts by ecosystem', () => {
    expect(inventoryText(packages)).toBe('4 packages (deb 3, pypi 1)')
  })
})
