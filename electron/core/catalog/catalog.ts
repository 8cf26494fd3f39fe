import catalogJson from '../../../resources/catalog/catalog.json'
import type { Variant } from '../../../shared/model'
import { referenceKey } from './reference-key'
import { isVariant } from './tag-anatomy'

/** One step of an official image's history, in BuildKit's form ("RUN …", "ENV …"). */
export interface CatalogStep {
  createdBy: string
  isEmpty: boolean
}

/** An official image (or scratch / distroless) as resources/catalog/catalog.json describes it. */
export interface CatalogEntry {
  /** What people write: "python:3.12-slim", "gcr.io/distroless/static-debian12". */
  reference: string
  family: string
  tag: string | null
  /** The most specific tag of the same build: "python:3.12.13-slim-trixie". */
  resolvedTag: string
  version: string | null
  variant: Variant
  os: string
  osVersion: string | null
  libc: string
  shell: string
  hasShell: boolean
  hasBash: boolean
  packageManager: string | null
  /** Uncompressed on-disk bytes; null when the source does not say. */
  sizeBytes: number | null
  sizeBytesPrecision: number | null
  compressedSizeBytes: number | null
  /** Figures commonly published rather than measured (distroless): label them so. */
  isApproximate: boolean
  created: string | null
  imageId: string | null
  manifestDigest: string | null
  layerCount: number | null
  /** Oldest step first; empty for entries whose history is not known. */
  history: CatalogStep[]
  env: string[]
  notes?: string
  source: string
}

export interface CatalogFile {
  catalogVersion: number
  platform: string
  sourceNote: string
  entries: CatalogEntry[]
}

export interface Catalog {
  version: number
  platform: string
  sourceNote: string
  entries: readonly CatalogEntry[]
  /** "python:3.12-slim", "docker.io/library/python:3.12-slim" or its resolved tag; null when absent. */
  byReference(reference: string): CatalogEntry | null
  /** Every entry of a family ("python"), in catalogue order. */
  byFamily(family: string): CatalogEntry[]
  /** The entry of a build whose image ID is known (a pulled official image has the same ID). */
  byImageId(imageId: string): CatalogEntry | null
}

/** Indexes a catalogue file. Tests pass their own; the app uses `loadCatalog()`. */
export function createCatalog(file: CatalogFile): Catalog {
  const byKey = new Map<string, CatalogEntry>()
  const byFamily = new Map<string, CatalogEntry[]>()
  const byId = new Map<string, CatalogEntry>()
  // Resolved tags first, so an entry's own reference wins over another entry's resolved tag.
  for (const reference of ['resolvedTag', 'reference'] as const) {
    for (const entry of file.entries) {
      const key = referenceKey(entry[reference])
      if (key !== null) byKey.set(key, entry)
    }
  }
  for (const entry of file.entries) {
    byFamily.set(entry.family, [...(byFamily.get(entry.family) ?? []), entry])
    if (entry.imageId) byId.set(entry.imageId, entry)
  }
  return {
    version: file.catalogVersion,
    platform: file.platform,
    sourceNote: file.sourceNote,
    entries: file.entries,
    byReference: (reference) => {
      const key = referenceKey(reference)
      return key === null ? null : (byKey.get(key) ?? null)
    },
    byFamily: (family) => [...(byFamily.get(family) ?? [])],
    byImageId: (imageId) => byId.get(imageId) ?? null,
  }
}

type BundledFile = Omit<CatalogFile, 'entries'> & { entries: (Omit<CatalogEntry, 'variant'> & { variant: string })[] }

/**
 * Typed at compile time (a catalogue file that no longer fits fails the type check); the variant,
 * a closed set JSON cannot type, is checked as the file is read: an unknown one is a catalogue bug.
 */
export function checkedCatalog(file: BundledFile): CatalogFile {
  return {
    ...file,
    entries: file.entries.map((entry) => {
      const { variant } = entry
      if (!isVariant(variant)) throw new Error(`The catalogue names an unknown variant "${variant}" for ${entry.reference}`)
      return { ...entry, variant }
    }),
  }
}

const bundled: BundledFile = catalogJson
let loaded: Catalog | null = null

/**
 * The catalogue bundled with the app, indexed on first use. The JSON is imported (not read from
 * disk) so electron-vite inlines it in the main bundle and tsc copies it beside out/cli.
 */
export function loadCatalog(): Catalog {
  loaded ??= createCatalog(checkedCatalog(bundled))
  return loaded
}
