import type { PinningVerdict } from '../lib/pinning'
import type { BaseMethod } from './analysis'
import type { Libc } from './advice'
import type { ComparisonColumn, ComparisonSection, ComparisonTotal } from './comparison-table'
import type { ImageStore } from './engine'
import type { PackageDiff, PackageEcosystem } from './packages'
import type { FileComparison } from './files'

export type ReportFormat = 'html' | 'pdf' | 'md' | 'json' | 'csv'

/** One column of a comparison. */
export interface ComparedImage {
  /** What the user asked for ("app:1.0", an ID …). */
  reference: string
  /**
   * 'local': an image on this machine, every figure measured. 'catalogue': a reference not pulled
   * here (a Dockerfile's suggested base), figures from the bundled catalogue, no layers.
   */
  source: 'local' | 'catalogue'
  /** null for a catalogue column. */
  id: string | null
  tags: string[]
  createdAt: string | null
  /**
   * "On disk": the engine's figure (its image list SIZE), or the catalogue's uncompressed size; null
   * for a catalogue entry that gives only a compressed one.
   */
  sizeBytes: number | null
  /** "Content": compressed blobs (containerd store, or the catalogue's download size); null where there are none. */
  contentBytes: number | null
  /** "Files": bytes of the files in the layers, from a file-level scan of this image; null when not scanned. */
  scannedFileBytes: number | null
  /** Sums of the engine's per-layer figures up to the base boundary, and after it. */
  baseSizeBytes: number
  ownSizeBytes: number
  layerCount: number
  /** Layers (diff IDs) this image shares with at least one other compared image. */
  sharedLayerCount: number
  /** Bytes of those shared layers: stored once on disk, however many images use them. */
  sharedBytes: number
  base: {
    reference: string | null
    /** Nearest base first, then the base's base … */
    hierarchy: string[]
    method: BaseMethod
    confidence: number
    evidence: string
  }
  pinning: { class: PinningVerdict; explanation: string }
  baseMoved: boolean | null
  os: string | null
  libc: Libc | 'unknown'
  /** The advisor's pick for this image's base; null when there is none (already minimal, unknown base). */
  recommendation: {
    reference: string
    fromLine: string
    sizeBytes: number | null
    deltaBytes: number | null
    reason: string | null
  } | null
  labels: Record<string, string>
  layers: { index: number; sizeBytes: number; owner: 'base' | 'own'; createdBy: string }[]
}

/**
 * Everything a comparison states; the app and every export format are drawn from this one object.
 * `images` and `totals` are the facts, for tools; `columns`, `sections` and `totalRows` are the
 * table people read, with the same rows and labels in the app and in every report.
 */
export interface Comparison {
  schemaVersion: 2
  /** ISO 8601. */
  generatedAt: string
  analyzerVersion: string
  /** Baseline's own version (package.json). */
  appVersion: string
  engine: {
    endpoint: string
    version: string
    os: string
    arch: string
    /** "Docker 26.1 · containerd image store", "Podman 4.3". */
    title: string
    imageStore: ImageStore
  } | null
  images: ComparedImage[]
  /** Across all compared images: distinct layers and bytes, and what sharing saves on disk. */
  totals: { sizeBytes: number; uniqueBytes: number; savedBySharingBytes: number; uniqueLayerCount: number }
  columns: ComparisonColumn[]
  sections: ComparisonSection[]
  totalRows: ComparisonTotal[]
  /** Packages, where the images were scanned; absent from reports made before the section existed. */
  packages?: PackageSection
  /**
   * Two local images whose files were both scanned, compared file by file, the larger one first:
   * what moving to the smaller one loses. Absent otherwise.
   */
  files?: FileComparison
}

/** The packages of the compared images: counts per image, and the first image against each other one. */
export interface PackageSection {
  /** One per compared image, in order; null where it has no scan (not scanned yet, or a catalogue column). */
  inventories: ({ reference: string; count: number; byEcosystem: Partial<Record<PackageEcosystem, number>>; notes: string[] } | null)[]
  /** The first image against each later one that has an inventory: full lists. */
  diffs: PackageDiff[]
}

/** A rendered report, ready to be written (text formats). */
export interface RenderedReport {
  format: Exclude<ReportFormat, 'pdf'>
  fileName: string
  mimeType: string
  content: string
}
