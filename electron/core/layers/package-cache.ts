import type { PackageInventory } from '../../../shared/model'
import type { CacheEntryInput, CacheStore } from '../cache'

/** Beside the scan summary, under a kind of its own: the tree view never reads a package list. */
export const PACKAGES_KIND = 'packages/1'

export function packagesEntry(inventory: PackageInventory): CacheEntryInput {
  return { kind: PACKAGES_KIND, imageId: inventory.imageId, value: inventory }
}

/** null when the image was never scanned by a scanner that reads packages, or the entry was evicted. */
export function readPackages(cache: CacheStore, imageId: string): PackageInventory | null {
  return cache.get<PackageInventory>(PACKAGES_KIND, imageId)
}
