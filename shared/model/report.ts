import type { PinningVerdict } from '../lib/pinning'
import type { BaseMethod } from './analysis'
import type { Libc } from './advice'
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
  sizeBytes: number
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

/** Everything a report states; every export format is drawn from this one object. */
export interface Comparison {
  schemaVersion: 1
  /** ISO 8601. */
  generatedAt: string
  analyzerVersion: string
  /** Baseline's own version (package.json). */
  appVersion: string
  engine: { endpoint: string; version: string; os: string; arch: string } | null
  images: ComparedImage[]
  /** Across all compared images: distinct layers and bytes, and what sharing saves on disk. */
  totals: { sizeBytes: number; uniqueBytes: number; savedBySharingBytes: number; uniqueLayerCount: number }
  /**
   * Two local images whose files were both scanned, compared file by file, the larger one first:
   * what moving to the smaller one loses. Absent otherwise.
   */
  files?: FileComparison
}

/** A rendered report, ready to be written (text formats). */
export interface RenderedReport {
  format: Exclude<ReportFormat, 'pdf'>
  fileName: string
  mimeType: string
  content: string
}
