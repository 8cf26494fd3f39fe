import type { InstalledPackage, OsRelease, PackageInventory } from '../../../shared/model'
import type { FileTrie } from './file-trie'
import type { PackageRecord } from './package-rules'
import { DATABASE_ENTRY_LIMIT, ECOSYSTEM_OF, RPM_UNREAD_DATABASES, type PackageRule } from './package-rules'
import type { RawLayer } from './raw-layer'

export interface InventoryInput {
  imageId: string
  final: FileTrie
  layers: readonly RawLayer[]
  osRelease: OsRelease | null
}

/** The whole-system databases: every apt, apk or dnf step rewrites them, so each layer holds a full copy. */
const WHOLE_DATABASES: PackageRule[] = ['dpkg-status', 'apk-installed', 'rpm-sqlite']

/**
 * The packages of the final filesystem: a database counts only where its visible copy is, so one a
 * later layer deleted lists nothing. A package's layer is the one that installed its current version.
 */
export function readInventory(input: InventoryInput): PackageInventory {
  const packages: InstalledPackage[] = []
  const notes: string[] = []
  const seen = new Set<string>()
  input.layers.forEach((layer, index) => {
    for (const [path, database] of layer.packageDatabases) {
      if (seen.has(path) || !isVisibleCopy(input.final, path, index)) continue
      seen.add(path)
      const ecosystem = ECOSYSTEM_OF[database.rule]
      const records = WHOLE_DATABASES.includes(database.rule) ? attributed(input.layers, path, index) : database.records.map((record) => ({ record, layerIndex: index }))
      for (const { record, layerIndex } of records) packages.push({ ecosystem, ...record, layerIndex, path })
      if (database.note !== null) notes.push(database.note)
      if (database.isCut && database.records.length > 0) notes.push(`${path} is larger than Baseline reads (${DATABASE_ENTRY_LIMIT.toLocaleString('en')} packages or its byte limit): the list holds its start only.`)
    }
  })
  for (const [path, format] of Object.entries(RPM_UNREAD_DATABASES)) {
    if (input.final.find(path)?.kind === 'file') {
      notes.push(`An rpm database is present (${path}, ${format}) but is not read: Baseline reads rpm's SQLite database only, so rpm packages are not listed.`)
    }
  }
  const distro = input.osRelease?.id ? { id: input.osRelease.id, versionId: input.osRelease.versionId } : null
  return { imageId: input.imageId, distro, packages: packages.sort(byIdentity), notes }
}

/** The copy of `path` that the final filesystem shows is the one layer `index` wrote. */
function isVisibleCopy(final: FileTrie, path: string, index: number): boolean {
  const node = final.find(path)
  return node !== null && node.kind === 'file' && node.layerIndex === index
}

/**
 * Walks the database's copies bottom up: a package keeps the layer where its current version first
 * appeared; one missing from a copy was removed there, and a later copy that lists it installed it again.
 */
function attributed(layers: readonly RawLayer[], path: string, upTo: number): { record: PackageRecord; layerIndex: number }[] {
  let current = new Map<string, { record: PackageRecord; layerIndex: number }>()
  for (let index = 0; index <= upTo; index += 1) {
    const copy = layers[index]?.packageDatabases.get(path)
    if (copy === undefined) continue
    const next = new Map<string, { record: PackageRecord; layerIndex: number }>()
    for (const record of copy.records) {
      const key = `${record.name}\0${record.architecture ?? ''}`
      const before = current.get(key)
      next.set(key, { record, layerIndex: before !== undefined && before.record.version === record.version ? before.layerIndex : index })
    }
    current = next
  }
  return [...current.values()]
}

function byIdentity(a: InstalledPackage, b: InstalledPackage): number {
  return compare(a.ecosystem, b.ecosystem) || compare(a.name, b.name) || compare(a.architecture ?? '', b.architecture ?? '') || compare(a.path, b.path)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
