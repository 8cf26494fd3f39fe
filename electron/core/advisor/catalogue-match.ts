import { compareVersionTags } from '../../../shared/lib/version-tag'
import type { Catalog, CatalogEntry } from '../catalog/catalog'
import type { CandidateSpec } from './candidate-tags'
import { parseTag } from '../catalog/tag-anatomy'

/** The catalogue entry whose figures stand for a candidate, and whether it is that very tag. */
export interface CatalogueMatch {
  entry: CatalogEntry | null
  /** The catalogue has exactly this tag: its digest may pin the FROM line. */
  isExact: boolean
  /** The entry is of another version line than the candidate: its figures are indicative only. */
  isOtherLine: boolean
}

/**
 * The catalogue holds one version per family (python 3.12, node 22 and 24 …), so a candidate of
 * another line (python:3.11-slim) borrows the figures of the same variant in the catalogue, and
 * says so in a caveat.
 */
export function matchCatalogue(spec: CandidateSpec, catalog: Catalog): CatalogueMatch {
  const exact = catalog.byReference(spec.officialReference)
  if (exact !== null) return { entry: exact, isExact: true, isOtherLine: false }
  const sameVariant = catalog.byFamily(spec.family).filter((entry) => entryVariant(entry) === spec.variant)
  const ranked = [...sameVariant].sort(
    (a, b) => Number(isSameLine(spec.line, b)) - Number(isSameLine(spec.line, a)) || compareVersionTags(b.version ?? '', a.version ?? ''),
  )
  const entry = ranked[0] ?? null
  return { entry, isExact: false, isOtherLine: entry !== null && !isSameLine(spec.line, entry) }
}

/** Our variant name for a catalogue entry: the same names candidate-tags.ts gives its candidates. */
export function entryVariant(entry: CatalogEntry): string {
  if (entry.variant === 'scratch') return 'scratch'
  if (entry.variant === 'distroless') {
    const name = /distroless\/([a-z]+)/.exec(entry.reference)?.[1] ?? ''
    return entry.family === 'distroless' ? `distroless-${name}` : 'distroless'
  }
  if (entry.family === 'alpine') return 'alpine'
  return parseTag(entry.tag).variant
}

/** "3.12" is the line of 3.12.13; "22" of 22.23.2; "bookworm" of Debian 12 (bookworm). */
function isSameLine(line: string | null, entry: CatalogEntry): boolean {
  if (line === null) return true
  const version = entry.version ?? ''
  if (version === line || version.startsWith(`${line}.`) || version.startsWith(`${line}+`)) return true
  return (entry.osVersion ?? '').includes(`(${line})`) || (entry.tag ?? '').split('-').includes(line)
}
