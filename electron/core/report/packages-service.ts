import { randomUUID } from 'node:crypto'
import type { PackageDiff, PackageInventory } from '../../../shared/model'
import { buildCycloneDx, sbomFileName } from './cyclonedx'
import { diffPackages } from './package-diff'

export interface PackagesServiceDeps {
  /** The scan's inventory of an image; rejects INVALID_INPUT when it was not scanned. */
  inventory: (reference: string) => Promise<PackageInventory>
  appVersion: () => string
  /** The name a person knows the image by (its first tag) when asked by ID; the reference itself when it has none. */
  nameOf?: (reference: string) => Promise<string>
  now?: () => Date
}

export interface PackagesService {
  compare(from: string, to: string): Promise<PackageDiff>
  sbom(reference: string): Promise<{ fileName: string; content: string }>
}

export function createPackagesService(deps: PackagesServiceDeps): PackagesService {
  return {
    async compare(from, to) {
      const [before, after] = [await deps.inventory(from), await deps.inventory(to)]
      return diffPackages({ reference: from, inventory: before }, { reference: to, inventory: after })
    },
    async sbom(reference) {
      const inventory = await deps.inventory(reference)
      const name = (await deps.nameOf?.(reference).catch(() => null)) ?? reference
      const document = buildCycloneDx({ reference: name, inventory, appVersion: deps.appVersion(), now: (deps.now ?? (() => new Date()))(), serial: randomUUID() })
      return { fileName: sbomFileName(name), content: `${JSON.stringify(document, null, 2)}\n` }
    },
  }
}
