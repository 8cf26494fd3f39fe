import type { DockerfileAnalysis } from '../../../shared/model/dockerfile'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import { baseKindOfReference, osFamily, type BaseOs } from '../catalog/base-os'
import { variantKind } from '../catalog/tag-anatomy'

export type BaseVariant = DockerfileAnalysis['variant']

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

/** The catalogue's variant names (alpine-slim, jre, musl …) classed by the one tag anatomy, as for a spelled reference. */
function fromCatalog(entry: CatalogEntry): { os: BaseOs; variant: BaseVariant } {
  return { os: osFamily(entry.os), variant: variantKind(entry.variant) }
}
