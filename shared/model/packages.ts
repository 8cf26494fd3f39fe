/** Where a package came from: the package manager or language ecosystem whose records listed it. */
export type PackageEcosystem = 'deb' | 'apk' | 'rpm' | 'pypi' | 'npm'

/** One installed package of an image's final filesystem, as its package database records it. */
export interface InstalledPackage {
  ecosystem: PackageEcosystem
  name: string
  /** As the database writes it ("1:2.38-4+deb12u1", "1.36.1-r20", "3.1.4"); null when it gives none. */
  version: string | null
  /** "amd64", "x86_64", "all"; null for language packages and where the database gives none. */
  architecture: string | null
  /** The source package it was built from (dpkg Source, apk origin); null when it is the name itself or unknown. */
  source: string | null
  /** The layer that installed it (or last changed its version), 0 = the bottom layer. */
  layerIndex: number
  /** The database file that lists it: "var/lib/dpkg/status", "usr/lib/python3.12/site-packages/x.dist-info/METADATA". */
  path: string
}

/** Every package the scan found in an image, after all layers and whiteouts. */
export interface PackageInventory {
  imageId: string
  /** The final filesystem's os-release ID and VERSION_ID ("debian", "12"), for package URLs. */
  distro: { id: string; versionId: string | null } | null
  /** Sorted by ecosystem, then name, then architecture. */
  packages: InstalledPackage[]
  /** What was not read, in words: an rpm database, a database cut at its size limit … */
  notes: string[]
}

/** A package present in both images with different versions. */
export interface ChangedPackage {
  ecosystem: PackageEcosystem
  name: string
  architecture: string | null
  fromVersion: string | null
  toVersion: string | null
}

/** Packages of `to` against `from`: what moving from the first image to the second removes, adds and changes. */
export interface PackageDiff {
  from: string
  to: string
  /** Only in `from`: what the move drops. */
  removed: InstalledPackage[]
  /** Only in `to`. */
  added: InstalledPackage[]
  changed: ChangedPackage[]
  counts: { from: number; to: number; removed: number; added: number; changed: number; unchanged: number }
}
