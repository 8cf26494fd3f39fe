import type { PackageEcosystem, PackageInventory, PackageSection } from '../../../shared/model'
import { diffPackages } from './package-diff'

/** The compared images in order, each with its scan's inventory or null. */
export type ScannedColumn = { reference: string; inventory: PackageInventory | null }

/** Counts for every column; the first column against each later one, when both were scanned. */
export function buildPackageSection(columns: readonly ScannedColumn[]): PackageSection {
  const inventories = columns.map(({ reference, inventory }) => {
    if (inventory === null) return null
    const byEcosystem: Partial<Record<PackageEcosystem, number>> = {}
    for (const item of inventory.packages) byEcosystem[item.ecosystem] = (byEcosystem[item.ecosystem] ?? 0) + 1
    return { reference, count: inventory.packages.length, byEcosystem, notes: inventory.notes }
  })
  const [first, ...rest] = columns
  const firstInventory = first?.inventory ?? null
  if (first === undefined || firstInventory === null) return { inventories, diffs: [] }
  const diffs = rest.flatMap((column) =>
    column.inventory === null ? [] : [diffPackages({ reference: first.reference, inventory: firstInventory }, { reference: column.reference, inventory: column.inventory })],
  )
  return { inventories, diffs }
}
