import type { PinningVerdict } from '../lib/pinning'

/**
 * Which figure a size is (../shared/DESIGN.md, "Sizes"): 'on-disk' the engine's unpacked figure,
 * 'content' the compressed blobs (containerd store, registries, catalogue download sizes), 'files'
 * the bytes of the files a file-level scan reads. Every size row says which one it shows.
 */
export type SizeKind = 'on-disk' | 'content' | 'files'

/** What one row says about one image. Text is raw, as it came from the image: views escape it. */
export type ComparisonCell =
  /** `deltaBytes`: this figure minus the first column's, on rows that compare; null on the first column. */
  | { kind: 'size'; bytes: number; deltaBytes: number | null; note: string | null }
  | { kind: 'count'; value: number; note: string | null }
  /** `detail`: the long version (a base's evidence, a full ID), for a hover or an appendix. */
  | { kind: 'text'; text: string; note: string | null; detail: string | null }
  /** ISO 8601. */
  | { kind: 'time'; iso: string }
  /** `ordered`: a chain read in order (a hierarchy, nearest first); otherwise a set (tags). */
  | { kind: 'list'; items: string[]; ordered: boolean }
  | { kind: 'pinning'; reference: string | null; verdict: PinningVerdict; explanation: string }
  | { kind: 'recommendation'; reference: string; fromLine: string; sizeBytes: number | null; deltaBytes: number | null; reason: string | null }
  /** Not a fact of this column, and why (an engine that keeps no compressed content, not scanned …). */
  | { kind: 'missing'; why: string }

export type ComparisonRowKind = 'size' | 'count' | 'text' | 'time' | 'list' | 'base' | 'pinning' | 'recommendation'

/** One fact across the compared images: the same key, label and cells in the app and every report. */
export interface ComparisonRow {
  /** Stable across versions ("size.onDisk", "pinning"): what tools and tests hold on to. */
  key: string
  /** The row header, word for word; a size's label names its kind ("Size on disk"). */
  label: string
  kind: ComparisonRowKind
  /** Set on size rows only. */
  sizeKind: SizeKind | null
  /** What the figure is, said once (a hover in the app, a legend in reports); null when the label says it all. */
  help: string | null
  /** One per column, in column order. */
  cells: ComparisonCell[]
}

/** A group of rows under a title ("Summary"); later sections (packages, files) add their own. */
export interface ComparisonSection {
  key: string
  title: string
  /** Said under the title: how to read the section (what the bracketed differences are against). */
  note: string | null
  rows: ComparisonRow[]
}

/** A column's header: the name people know the image by, and what kind of column it is. */
export interface ComparisonColumn {
  /** The reference asked for, or its first tag when it was an image ID (the list compares by ID). */
  title: string
  /** The short ID of a local image; the catalogue note for a catalogue column. */
  subtitle: string
  source: 'local' | 'catalogue'
}

/** A figure across all compared images (what sharing layers saves …). */
export interface ComparisonTotal {
  key: string
  label: string
  /** null for a count. */
  sizeKind: SizeKind | null
  value: number
  help: string
}
