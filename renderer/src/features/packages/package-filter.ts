import type { InstalledPackage } from '../../../../shared/model'

/**
 * Packages whose name, version, source package or ecosystem holds every word typed, case ignored:
 * "dev deb" finds the Debian -dev packages, "layer:2" those layer 2 installed.
 */
export function filterPackages(packages: readonly InstalledPackage[], text: string): InstalledPackage[] {
  const words = text.toLowerCase().split(/\s+/).filter((word) => word !== '')
  if (words.length === 0) return [...packages]
  return packages.filter((item) => {
    const haystack = `${item.name} ${item.version ?? ''} ${item.source ?? ''} ${item.ecosystem} layer:${item.layerIndex}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/** "154 packages (deb 150, pypi 4)". */
export function inventoryText(packages: readonly InstalledPackage[]): string {
  const counts = new Map<string, number>()
  for (const item of packages) counts.set(item.ecosystem, (counts.get(item.ecosystem) ?? 0) + 1)
  const parts = [...counts].map(([ecosystem, count]) => `${ecosystem} ${count.toLocaleString('en')}`)
  const noun = packages.length === 1 ? 'package' : 'packages'
  return `${packages.length.toLocaleString('en')} ${noun}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`
}
