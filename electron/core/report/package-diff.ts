export { packageCountLine } from '../../../shared/lib/package-count'
import type { ChangedPackage, InstalledPackage, PackageDiff, PackageInventory } from '../../../shared/model'

interface Side {
  reference: string
  inventory: PackageInventory
}

/** A package is the same package in two images when its ecosystem, name and architecture agree. */
function keyOf(item: InstalledPackage): string {
  return `${item.ecosystem}\0${item.name}\0${item.architecture ?? ''}`
}

interface Grouped {
  first: InstalledPackage
  /** One name can be installed at several versions (node_modules nests them): all of them, sorted. */
  versions: string
}

function grouped(inventory: PackageInventory): Map<string, Grouped> {
  const versions = new Map<string, Set<string>>()
  const firsts = new Map<string, InstalledPackage>()
  for (const item of inventory.packages) {
    const key = keyOf(item)
    if (!firsts.has(key)) firsts.set(key, item)
    const set = versions.get(key) ?? new Set<string>()
    set.add(item.version ?? '')
    versions.set(key, set)
  }
  const result = new Map<string, Grouped>()
  for (const [key, first] of firsts) result.set(key, { first, versions: [...(versions.get(key) ?? [])].sort().join(', ') })
  return result
}

/**
 * What moving from `from` to `to` does to the packages: the ones it drops, the ones it brings, and
 * the ones it keeps at another version — the figures behind "287 fewer packages".
 */
export function diffPackages(from: Side, to: Side): PackageDiff {
  const before = grouped(from.inventory)
  const after = grouped(to.inventory)
  const removed: InstalledPackage[] = []
  const added: InstalledPackage[] = []
  const changed: ChangedPackage[] = []
  let unchanged = 0
  for (const [key, left] of before) {
    const right = after.get(key)
    if (right === undefined) removed.push(left.first)
    else if (right.versions === left.versions) unchanged += 1
    else changed.push({ ecosystem: left.first.ecosystem, name: left.first.name, architecture: left.first.architecture, fromVersion: versionText(left.versions), toVersion: versionText(right.versions) })
  }
  for (const [key, right] of after) if (!before.has(key)) added.push(right.first)
  return {
    from: from.reference,
    to: to.reference,
    removed,
    added,
    changed,
    counts: { from: before.size, to: after.size, removed: removed.length, added: added.length, changed: changed.length, unchanged },
  }
}

function versionText(versions: string): string | null {
  return versions === '' ? null : versions
}
