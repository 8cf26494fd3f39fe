import type { PackageEcosystem } from '../../../shared/model'

/** Which package records a file of a layer holds, by its path; read while the layer streams past. */
export type PackageRule = 'dpkg-status' | 'dpkg-status-d' | 'apk-installed' | 'rpm-sqlite' | 'python-metadata' | 'node-package'

export const ECOSYSTEM_OF: Record<PackageRule, PackageEcosystem> = {
  'dpkg-status': 'deb',
  'dpkg-status-d': 'deb',
  'apk-installed': 'apk',
  'rpm-sqlite': 'rpm',
  'python-metadata': 'pypi',
  'node-package': 'npm',
}

/** Bytes read of one database; a bigger one is read this far and said to be cut (a real dpkg status is 1–5 MB). */
export const DATABASE_BYTE_LIMIT = 64 * 1024 * 1024
/** Bytes read of one language package's own file (METADATA headers, package.json): they are small. */
export const PACKAGE_FILE_BYTE_LIMIT = 256 * 1024
/** Records kept of one database: a real one holds a few thousand. */
export const DATABASE_ENTRY_LIMIT = 50_000
/** A name, version or architecture longer than this is cut: no real one comes close. */
export const VALUE_LIMIT = 256
/** node_modules inside node_modules inside …: deeper copies are the same packages vendored again. */
const NODE_MODULES_DEPTH = 4

/** usr/lib/python3.12/site-packages, usr/local/lib/…, a virtualenv's opt/venv/lib/… — at most this deep. */
const PYTHON_METADATA = /(^|\/)lib(64)?\/python\d[\d.]*\/(site|dist)-packages\/[^/]+\.dist-info\/METADATA$/
const PYTHON_DEPTH = 10
const NODE_PACKAGE = /(^|\/)node_modules\/(@[^/]+\/)?[^/@.][^/]*\/package\.json$/
/** rpm >= 4.16 keeps its database in SQLite here (Fedora 33+, RHEL 9); read through rpm-database.ts. */
const RPM_SQLITE = new Set(['var/lib/rpm/rpmdb.sqlite', 'usr/lib/sysimage/rpm/rpmdb.sqlite'])
/** Older rpm's Berkeley DB and SUSE's ndb: found and said, not read. */
export const RPM_UNREAD_DATABASES: Record<string, string> = {
  'var/lib/rpm/Packages': 'Berkeley DB',
  'usr/lib/sysimage/rpm/Packages': 'Berkeley DB',
  'var/lib/rpm/Packages.db': 'ndb',
  'usr/lib/sysimage/rpm/Packages.db': 'ndb',
}

export function packageRuleFor(path: string): PackageRule | null {
  if (path === 'var/lib/dpkg/status') return 'dpkg-status'
  if (path === 'lib/apk/db/installed') return 'apk-installed'
  if (RPM_SQLITE.has(path)) return 'rpm-sqlite'
  // Distroless writes one stanza per package; the md5sums files beside them are checksums.
  if (/^var\/lib\/dpkg\/status\.d\/[^/]+$/.test(path) && !path.endsWith('.md5sums')) return 'dpkg-status-d'
  if (path.endsWith('/METADATA') && PYTHON_METADATA.test(path) && path.split('/').length <= PYTHON_DEPTH) return 'python-metadata'
  if (path.endsWith('/package.json') && NODE_PACKAGE.test(path) && nodeModulesDepth(path) <= NODE_MODULES_DEPTH) return 'node-package'
  return null
}

function nodeModulesDepth(path: string): number {
  return path.split('/').filter((segment) => segment === 'node_modules').length
}

/** One package as one database file states it, before it is placed in the image. */
export interface PackageRecord {
  name: string
  version: string | null
  architecture: string | null
  source: string | null
}
