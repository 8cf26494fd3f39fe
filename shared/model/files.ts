import type { FileKind } from './layers'

/** What one layer's entry made of a path: a file, folder or link, or its deletion. */
export type FileVersionState = FileKind | 'deleted'

/** A path as one layer left it. */
export interface FileVersion {
  /** The layer whose entry this is (0 = the bottom one). */
  layerIndex: number
  state: FileVersionState
  /** Regular files: their whole size, however much of it was read. 0 otherwise. */
  sizeBytes: number
  /** Permission bits (0o7777) as the tar header states them; null when deleted or unreadable. */
  mode: number | null
  /** Symlink or hard link target, as written in the archive. */
  linkTarget: string | null
  /** Regular files: the first FILE_READ_MAX_BYTES bytes, base64. */
  contentBase64: string | null
  /** True when the file is larger than what was read. */
  isCut: boolean
  /** "sha256:<hex>" of the whole file, when it was read whole; null otherwise. */
  digest: string | null
}

/** How a file differs from its previous version. */
export type FileDiff =
  /** A unified diff of the two texts, cut to a number of lines (`isCut`). */
  | { kind: 'text'; unified: string; isCut: boolean; added: number; removed: number }
  /** Either side is not text: only sizes and digests are compared. */
  | { kind: 'binary'; summary: string }
  | { kind: 'same' }

/** A file of an image as of one layer, and the version it replaced. */
export interface FileContent {
  imageId: string
  /** Relative to the root, no leading slash. */
  path: string
  /** The layer it was asked for. */
  layerIndex: number
  /** The path's last version at or below that layer; null when no layer up to it holds the path. */
  current: FileVersion | null
  /** The version before `current`; null when `current` is the first. */
  previous: FileVersion | null
  /** Between previous and current, when both are regular files; null otherwise. */
  diff: FileDiff | null
}

/** What happened to a path between two images. */
export type PathChange = 'added' | 'removed' | 'changed'

/** One path that differs between two images (a folder's contents are listed path by path). */
export interface FileDifference {
  path: string
  change: PathChange
  /** First path segment ("usr", "opt"); "" for a file at the root. */
  topFolder: string
  kind: FileKind
  /** Bytes in the first image (0 when absent there). */
  fromSizeBytes: number
  /** Bytes in the second image (0 when absent there). */
  toSizeBytes: number
  /** What differs, for 'changed': 'size', 'mode', 'kind', 'link target', 'content'. */
  reasons: string[]
}

/** The differences under one top folder, with their totals. */
export interface FolderDifference {
  topFolder: string
  added: number
  removed: number
  changed: number
  /** Bytes of regular files only in the first image (what moving to the second loses). */
  removedBytes: number
  addedBytes: number
}

/** Two images compared file by file, from their file-level scans (final filesystems). */
export interface FileComparison {
  from: { reference: string; imageId: string }
  to: { reference: string; imageId: string }
  totals: {
    added: number
    removed: number
    changed: number
    addedBytes: number
    removedBytes: number
    /** Files whose content digest was compared (both read). */
    digestCompared: number
  }
  folders: FolderDifference[]
  /** Every difference, largest first (the bigger of the two sizes). */
  differences: FileDifference[]
  differenceCount: number
}
