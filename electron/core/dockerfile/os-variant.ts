import type { DockerfileAnalysis } from '../../../shared/model/dockerfile'
import type { Catalog, CatalogEntry } from '../analysis/catalog'
import { baseKindOfReference } from '../catalog/base-os'

export type BaseOs = DockerfileAnalysis['os']
export type BaseVariant = DockerfileAnalysis['variant']

const OS_FAMILIES: readonly BaseOs[] = ['debian', 'alpine', 'ubuntu', 'distroless', 'scratch']
const KNOWN_VARIANTS: readonly BaseVariant[] = ['full', 'slim', 'alpine', 'distroless', 'scratch']

/**
 * OS family and variant of a base, first from the catalogue (measured), then from what the
 * reference spells, read by the one tag anatomy (catalog/base-os.ts).
 */
export function detectOsVariant(reference: string | null, catalog: Catalog): { os: BaseOs; variant: BaseVariant } {
  if (reference === null) return { os: 'unknown', variant: 'other' }
  const entry = catalog.byReference(reference)
  if (entry !== null) return fromCatalog(entry)
  const { os, kind } = baseKindOfReference(reference)
  return { os, variant: kind ?? 'other' }
}

function fromCatalog(entry: CatalogEntry): { os: BaseOs; variant: BaseVariant } {
  const os = entry.os === 'none' ? 'scratch' : (OS_FAMILIES.find((family) => family === entry.os) ?? 'unknown')
  const variant = entry.variant.startsWith('alpine') ? 'alpine' : entry.variant
  return { os, variant: KNOWN_VARIANTS.find((candidate) => candidate === variant) ?? 'other' }
}
