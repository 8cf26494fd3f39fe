import type { ComparedImage } from '../../../shared/model'
import type { Catalog, CatalogEntry } from '../../core/catalog/catalog'
import { variantKind } from '../../core/catalog/tag-anatomy'

export interface FullBase {
  /** The official image the final image builds on. */
  base: string
  /** Catalogue variants of its family that would do: "python:3.12-slim". */
  smaller: string[]
}

/**
 * The nearest official ancestor in the catalogue (the base itself, or a level further down when the
 * base is a company image), when it is a full variant (or a JDK, where a JRE exists) and the family
 * has a slimmer one. A catalogue column is judged as the base it is.
 */
export function fullBaseOf(image: ComparedImage, catalog: Catalog): FullBase | null {
  const names = image.base.hierarchy.length > 0 ? image.base.hierarchy : image.source === 'catalogue' ? [image.reference] : []
  const entry = names.map((name) => catalog.byReference(name)).find((found): found is CatalogEntry => found !== null)
  // The one tag anatomy says which variants are full (a JDK counts) and which are smaller kinds.
  if (!entry || variantKind(entry.variant) !== 'full') return null
  const smaller = catalog.byFamily(entry.family).filter((candidate) => variantKind(candidate.variant) !== 'full')
  if (smaller.length === 0) return null
  // python:3.12 -> python:3.12-slim, python:3.12-alpine: the same version line, another variant.
  const sameVersion = smaller.filter((candidate) => entry.tag !== null && candidate.tag?.startsWith(`${entry.tag}-`))
  const base = names.find((name) => catalog.byReference(name) === entry) ?? entry.reference
  return { base, smaller: (sameVersion.length > 0 ? sameVersion : smaller).slice(0, 3).map((candidate) => candidate.reference) }
}
