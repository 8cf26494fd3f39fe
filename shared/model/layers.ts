import type { ImagePlatform } from './image'

/** What a file entry of a layer did to the filesystem below it. */
export type FileChange = 'added' | 'modified' | 'removed'

export type FileKind = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other'

/** One path of a layer's tar, or of the cumulative filesystem up to a layer. */
export interface FileEntry {
  /** Relative to the root, no leading slash: "usr/bin/python3". */
  path: string
  kind: FileKind
  /** Regular files: their bytes; hard links 0 (the bytes belong to the target); directories 0. */
  sizeBytes: number
  /** Per layer: what this entry did; in the cumulative view null (it simply exists there). */
  change: FileChange | null
  /** Symlink or hard link target, as written in the archive. */
  linkTarget: string | null
  /** Permission bits (0o7777) from the tar header; null or absent when not known (a removal, an older scan). */
  mode?: number | null
}

export interface ScannedLayer {
  /** Position among the image's layers, 0 = the bottom one. */
  index: number
  diffId: string
  /** The history step that made it; null when it cannot be aligned. */
  createdBy: string | null
  /** Bytes of regular files in this layer's tar. */
  sizeBytes: number
  fileCount: number
  added: number
  modified: number
  removed: number
  /** Bytes of this layer's files that no later layer lets survive (overwritten or deleted above). */
  wastedBytes: number
  owner: 'base' | 'own' | 'unknown'
}

/** A copy of a file that is stored in a layer but not visible in the final filesystem. */
export interface WastedFile {
  path: string
  /** The layer that stored this copy. */
  layerIndex: number
  sizeBytes: number
  /** "overwritten in layer 5" / "deleted in layer 6" (layer numbers are `index`). */
  reason: 'overwritten' | 'deleted'
  /** The layer that overwrote or deleted it. */
  byLayerIndex: number
  /**
   * Whose waste it is: the owner of the layer that overwrote or deleted the copy. A base file the
   * image deletes is the image's own waste (its step caused it); the base's waste came with the base.
   */
  owner: 'base' | 'own' | 'unknown'
}

export interface OsRelease {
  id: string | null
  versionId: string | null
  prettyName: string | null
}

/** What the final filesystem holds, for the variant advisor. */
export interface FileFacts {
  osRelease: OsRelease | null
  libc: 'glibc' | 'musl' | 'none' | 'unknown'
  packages: { manager: 'dpkg' | 'apk' | 'rpm'; count: number }[]
  runtimes: { name: string; version: string | null; path: string }[]
  /** gcc, g++, clang, go, rustc, javac … found in the final filesystem, with their footprint. */
  compilers: { name: string; path: string; sizeBytes: number }[]
  /** C headers under usr/include (and similar), all together. */
  headers: { fileCount: number; sizeBytes: number }
  shell: string | null
}

/** One platform of a multi-platform image (an OCI index), as its export lists it. */
export interface ScanPlatform extends ImagePlatform {
  /** The platform this scan read. */
  isScanned: boolean
}

export interface LayerScan {
  imageId: string
  /**
   * Every platform the image's index lists (attestations left out), or empty for an image of one
   * platform. Under the containerd store one image ID can name an index of several.
   */
  platforms: ScanPlatform[]
  analyzerVersion: string
  scannedAt: string
  /** Sum of every layer's regular-file bytes: what the layers store. */
  totalBytes: number
  /** Bytes of regular files visible in the final filesystem. */
  finalBytes: number
  /** totalBytes − finalBytes: each overwritten or deleted copy counted once. */
  wastedBytes: number
  baseWastedBytes: number
  ownWastedBytes: number
  /** finalBytes / totalBytes (1 when nothing is stored): 1 means nothing is wasted. */
  efficiency: number
  layers: ScannedLayer[]
  /** Largest first, at most WASTED_FILES_LIMIT (electron/core/layers: 500); `wastedFileCount` says how many there are. */
  wastedFiles: WastedFile[]
  wastedFileCount: number
  facts: FileFacts
  /**
   * What a person should know about the archive itself, in words: names that climb out of the
   * root (left out of the tree, as Docker refuses them), absolute names (read from the root).
   */
  warnings: string[]
}

export type TreeScope = 'layer' | 'cumulative'
