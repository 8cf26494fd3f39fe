import type { PackageInventory } from '../../../shared/model'
import type { CacheEntryInput, CacheStore } from '../cache'

/** Beside the scan summary, under a kind of its own: the tree view never reads a package list. */
export const PACKAGES_KIND = 'packages/1'

/** Keyed like the scan it came with: by image and, for one platform of an index, by platform (cacheSubject). */
export function packagesEntry(inventory: PackageInventory, subject: string): CacheEntryInput {
  return { kind: PACKAGES_KIND, imageId: subject, value: inventory }
}

/** null when the image was never scanned by a scanner that reads packages, or the entry was evicted. */
export function readPackages(cache: CacheStore, subject: string): PackageInventory | null {
  return cache.get<PackageInventory>(PACKAGES_KIND, subject)
}
