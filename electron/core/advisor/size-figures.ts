import type { ImageSummary, SizeSource } from '../../../shared/model'
import { formatBytes } from '../../../shared/lib/bytes'
import type { CatalogEntry } from '../catalog/catalog'
import { referenceKey } from '../catalog/reference-key'

export interface SizeFigure {
  bytes: number
  source: SizeSource
  /** A published approximation (distroless), not a measurement. */
  isApproximate: boolean
}

/** Every figure known for one image; `shown` is the one the table prints (on disk first). */
export interface Figures {
  shown: SizeFigure | null
  onDisk: SizeFigure | null
  compressed: SizeFigure | null
}

const NO_FIGURES: Figures = { shown: null, onDisk: null, compressed: null }

export function catalogueFigures(entry: CatalogEntry | null): Figures {
  if (entry === null) return NO_FIGURES
  const onDisk: SizeFigure | null =
    entry.sizeBytes === null ? null : { bytes: entry.sizeBytes, source: 'catalogue, on disk', isApproximate: entry.isApproximate }
  const compressed: SizeFigure | null =
    entry.compressedSizeBytes === null ? null : { bytes: entry.compressedSizeBytes, source: 'catalogue, compressed', isApproximate: entry.isApproximate }
  return { shown: onDisk ?? compressed, onDisk, compressed }
}

/** A size the engine reported for a local image: it replaces any on-disk catalogue figure. */
export function withMeasured(figures: Figures, bytes: number): Figures {
  const onDisk: SizeFigure = { bytes, source: 'measured, on disk', isApproximate: false }
  return { shown: onDisk, onDisk, compressed: figures.compressed }
}

/** The local image a tag names now, however the reference is spelled; null when none. */
export function findLocal(reference: string, localImages: readonly ImageSummary[]): ImageSummary | null {
  const key = referenceKey(reference)
  if (key === null) return null
  return localImages.find((image) => image.tags.some((tag) => referenceKey(tag) === key)) ?? null
}

type Basis = 'on disk' | 'compressed'

function basisOf(figure: SizeFigure): Basis {
  return figure.source === 'catalogue, compressed' ? 'compressed' : 'on disk'
}

/**
 * candidate − current between the two figures the table shows, only when they share a basis: a
 * measured size and a catalogue on-disk size both count bytes on disk; a compressed (download)
 * size compares with neither.
 */
export function deltaOf(candidate: Figures, current: Figures): number | null {
  if (candidate.shown === null || current.shown === null) return null
  return basisOf(candidate.shown) === basisOf(current.shown) ? candidate.shown.bytes - current.shown.bytes : null
}

export interface Comparison {
  candidate: number
  current: number
  basis: Basis
}

/** The two images on the first basis both have figures for (on disk, then compressed); null when none. */
export function compareOnCommonBasis(candidate: Figures, current: Figures): Comparison | null {
  if (candidate.onDisk && current.onDisk) return { candidate: candidate.onDisk.bytes, current: current.onDisk.bytes, basis: 'on disk' }
  if (candidate.compressed && current.compressed) {
    return { candidate: candidate.compressed.bytes, current: current.compressed.bytes, basis: 'compressed' }
  }
  return null
}

/** "48.9 MB vs 119 MB, on disk" */
export function comparisonText(comparison: Comparison): string {
  return `${formatBytes(comparison.candidate)} vs ${formatBytes(comparison.current)}, ${comparison.basis}`
}
