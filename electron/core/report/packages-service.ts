import { randomUUID } from 'node:crypto'
import type { PackageDiff, PackageInventory } from '../../../shared/model'
import { buildCycloneDx, sbomFileName } from './cyclonedx'
import { diffPackages } from './package-diff'

export interface PackagesServiceDeps {
  /** The scan's inventory of an image; rejects INVALID_INPUT when it was not scanned. */
  inventory: (reference: string, platform: string | null) => Promise<PackageInventory>
  appVersion: () => string
  /** The name a person knows the image by (its first tag) when asked by ID; the reference itself when it has none. */
  nameOf?: (reference: string) => Promise<string>
  now?: () => Date
}

export interface PackagesService {
  compare(from: string, to: string): Promise<PackageDiff>
  /** `platform` null: the engine's own (the one a scan of the image reads by default). */
  sbom(reference: string, platform?: string | null): Promise<{ fileName: string; content: string }>
}

export function createPackagesService(deps: PackagesServiceDeps): PackagesService {
  return {
    async compare(from, to) {
      const [before, after] = [await deps.inventory(from, null), await deps.inventory(to, null)]
      return diffPackages({ reference: from, inventory: before }, { reference: to, inventory: after })
    },
    async sbom(reference, platform = null) {
      const inventory = await deps.inventory(reference, platform)
      const name = (await deps.nameOf?.(reference).catch(() => null)) ?? reference
      const document = buildCycloneDx({ reference: name, inventory, appVersion: deps.appVersion(), now: (deps.now ?? (() => new Date()))(), serial: randomUUID() })
      return { fileName: sbomFileName(name), content: `${JSON.stringify(document, null, 2)}\n` }
    },
  }
}
