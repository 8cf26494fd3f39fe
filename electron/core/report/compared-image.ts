import type { ComparedImage, ImageAnalysis, ImageDetail, Libc, VariantAdvice } from '../../../shared/model'
import { classifyPinning } from '../../../shared/lib/pinning'
import type { Catalog, CatalogEntry } from '../catalog/catalog'

/** A compared image before sharing is known: sharing depends on the other columns. */
export type ColumnDraft = Omit<ComparedImage, 'sharedLayerCount' | 'sharedBytes'> & {
  /** Distinct diff IDs with their sizes, to count sharing; empty for a catalogue column. */
  diffIdSizes: Map<string, number>
}

export interface LocalFacts {
  reference: string
  analysis: ImageAnalysis
  detail: ImageDetail
  /** null when the advisor had nothing to say (or failed): the column then shows no recommendation. */
  advice: VariantAdvice | null
  /** From the image's cached file-level scan; null when it was not scanned. */
  scannedFileBytes: number | null
}

export interface CatalogueFacts {
  reference: string
  entry: CatalogEntry
  advice: VariantAdvice | null
}

/** A local image, every figure measured. */
export function localColumn(facts: LocalFacts, catalog: Catalog): ColumnDraft {
  const { analysis, detail, advice } = facts
  const diffIdSizes = new Map<string, number>()
  for (const layer of analysis.layers) if (layer.diffId) diffIdSizes.set(layer.diffId, layer.sizeBytes)
  const known = knownEntry(analysis, catalog)
  return {
    reference: facts.reference,
    source: 'local',
    id: analysis.id,
    tags: analysis.tags,
    createdAt: detail.summary.createdAt,
    sizeBytes: analysis.sizeBytes,
    contentBytes: detail.contentBytes,
    scannedFileBytes: facts.scannedFileBytes,
    baseSizeBytes: analysis.baseSizeBytes,
    ownSizeBytes: analysis.ownSizeBytes,
    layerCount: detail.diffIds.length,
    base: {
      reference: analysis.base.reference,
      hierarchy: analysis.base.hierarchy,
      method: analysis.base.method,
      confidence: analysis.base.confidence,
      evidence: analysis.base.evidence,
    },
    pinning: { class: analysis.pinning.class, explanation: analysis.pinning.explanation },
    baseMoved: analysis.baseMoved,
    os: osOf(known),
    libc: libcOf(advice?.current.libc ?? null, known),
    recommendation: recommendationOf(advice),
    labels: detail.summary.labels,
    // Metadata-only steps stay visible as zero-byte rows, as on the image page.
    layers: analysis.layers.map((layer, index) => ({
      index,
      sizeBytes: layer.sizeBytes,
      owner: layer.owner,
      createdBy: layer.createdBy,
    })),
    diffIdSizes,
  }
}

/**
 * A reference not pulled here but described by the catalogue (a Dockerfile's suggested base). It is
 * an official base itself: all its bytes are what an image built on it would inherit.
 */
export function catalogueColumn(facts: CatalogueFacts): ColumnDraft {
  const { entry, advice } = facts
  const sizeBytes = entry.sizeBytes
  const pinning = classifyPinning(facts.reference)
  return {
    reference: facts.reference,
    source: 'catalogue',
    id: null,
    tags: [facts.reference],
    createdAt: entry.created,
    sizeBytes,
    contentBytes: entry.compressedSizeBytes,
    scannedFileBytes: null,
    baseSizeBytes: sizeBytes ?? 0,
    ownSizeBytes: 0,
    layerCount: entry.layerCount ?? 0,
    base: {
      reference: null,
      hierarchy: [],
      method: 'none',
      confidence: 0,
      evidence: `Not on this machine: figures from the bundled catalogue (${entry.source}).`,
    },
    pinning: { class: pinning.class, explanation: pinning.explanation },
    baseMoved: null,
    os: osOf(entry),
    libc: libcOf(advice?.current.libc ?? null, entry),
    recommendation: recommendationOf(advice),
    labels: {},
    layers: [],
    diffIdSizes: new Map(),
  }
}

/** The catalogue entry of the image itself (an official image) or of the nearest known level of its base. */
export function knownEntry(analysis: ImageAnalysis, catalog: Catalog): CatalogEntry | null {
  const names = [...analysis.tags, ...analysis.base.levels.flatMap((level) => [level.reference, ...level.aliases])]
  for (const name of names) {
    const entry = name ? catalog.byReference(name) : null
    if (entry) return entry
  }
  return catalog.byImageId(analysis.id)
}

function osOf(entry: CatalogEntry | null): string | null {
  if (!entry || entry.os === '' || entry.os === 'unknown') return null
  return entry.osVersion ? `${entry.os} ${entry.osVersion}` : entry.os
}

function libcOf(fromAdvice: Libc | null, entry: CatalogEntry | null): Libc | 'unknown' {
  if (fromAdvice) return fromAdvice
  const libc = entry?.libc
  return libc === 'glibc' || libc === 'musl' || libc === 'none' ? libc : 'unknown'
}

function recommendationOf(advice: VariantAdvice | null): ComparedImage['recommendation'] {
  const pick = advice?.candidates.find((candidate) => candidate.recommended)
  if (!pick) return null
  return {
    reference: pick.reference,
    fromLine: pick.fromLine,
    sizeBytes: pick.sizeBytes,
    deltaBytes: pick.deltaBytes,
    reason: pick.reason,
  }
}
