import type { FileKind } from '../../../shared/model'
import type { PackageDatabase } from './package-records'

/** One file, folder or link of a layer tar, as the tar states it (whiteouts kept apart). */
export interface RawRecord {
  path: string
  kind: FileKind
  /** Regular files only; hard links, folders and the rest are 0. */
  sizeBytes: number
  linkTarget: string | null
  /** Permission bits from the tar header (null when unreadable). */
  mode: number | null
}

/** Everything one streamed layer tar said, before it is placed among the image's layers. */
export interface RawLayer {
  /** Where it sat in the export: "<id>/layer.tar" or "blobs/sha256/<hex>". */
  archivePath: string
  records: RawRecord[]
  /** Paths deleted by `.wh.` entries. */
  whiteouts: string[]
  /** Folders made opaque by `.wh..wh..opq`: the lower layers' content under them is hidden. */
  opaqueDirs: string[]
  /** Small text files read for the facts, by path (the last copy when the tar repeats a name). */
  texts: Map<string, string>
  /** Packages counted in a package database, by the database's path. */
  packageCounts: Map<string, number>
  /** Package records read from each database file of this layer, by the file's path. */
  packageDatabases: Map<string, PackageDatabase>
  /** Names that climb out of the root with "..": left out of the tree, shown as warnings. */
  escapingNames: string[]
  escapingCount: number
  absoluteCount: number
}

export function emptyRawLayer(archivePath: string): RawLayer {
  return {
    archivePath,
    records: [],
    whiteouts: [],
    opaqueDirs: [],
    texts: new Map(),
    packageCounts: new Map(),
    packageDatabases: new Map(),
    escapingNames: [],
    escapingCount: 0,
    absoluteCount: 0,
  }
}
