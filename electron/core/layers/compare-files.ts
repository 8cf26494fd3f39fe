import type { FileComparison, FileDifference, FileEntry, FolderDifference } from '../../../shared/model'

/** Same-size files whose digests are looked up at most: each is a cache read. */
const DIGEST_LOOKUPS_LIMIT = 20_000

export interface ComparedSide {
  reference: string
  imageId: string
  /** The final filesystem, every path (a cumulative layers.tree of the top layer). */
  entries: readonly FileEntry[]
}

/** The sha256 of a file in an image's final filesystem when it was read whole; null otherwise. */
export type DigestOf = (imageId: string, path: string) => string | null

/**
 * Two final filesystems path by path. Folders are not differences of their own (their files are),
 * unless a folder became a file or a link. A path in both differs by kind, size, mode or link
 * target, and — when both files were read — by content digest. Largest first.
 */
export function compareFiles(from: ComparedSide, to: ComparedSide, digestOf: DigestOf = () => null): FileComparison {
  const before = new Map(from.entries.map((entry) => [entry.path, entry]))
  const after = new Map(to.entries.map((entry) => [entry.path, entry]))
  const differences: FileDifference[] = []
  const lookups = { left: DIGEST_LOOKUPS_LIMIT, compared: 0 }
  for (const [path, old] of before) {
    const now = after.get(path)
    if (now === undefined) {
      if (old.kind !== 'directory') differences.push(difference(path, 'removed', old, null, []))
      continue
    }
    const reasons = reasonsFor(old, now, () => {
      if (lookups.left <= 0) return null
      lookups.left -= 1
      const pair = [digestOf(from.imageId, path), digestOf(to.imageId, path)]
      if (pair[0] === null || pair[1] === null) return null
      lookups.compared += 1
      return pair[0] !== pair[1]
    })
    if (reasons.length > 0) differences.push(difference(path, 'changed', old, now, reasons))
  }
  for (const [path, now] of after) {
    if (!before.has(path) && now.kind !== 'directory') differences.push(difference(path, 'added', null, now, []))
  }
  differences.sort((a, b) => Math.max(b.fromSizeBytes, b.toSizeBytes) - Math.max(a.fromSizeBytes, a.toSizeBytes) || (a.path < b.path ? -1 : 1))
  return {
    from: { reference: from.reference, imageId: from.imageId },
    to: { reference: to.reference, imageId: to.imageId },
    totals: totalsOf(differences, lookups.compared),
    folders: foldersOf(differences),
    differences,
    differenceCount: differences.length,
  }
}

function reasonsFor(old: FileEntry, now: FileEntry, contentDiffers: () => boolean | null): string[] {
  if (old.kind !== now.kind) return ['kind']
  const reasons: string[] = []
  if (old.kind === 'file' && old.sizeBytes !== now.sizeBytes) reasons.push('size')
  if (old.mode != null && now.mode != null && old.mode !== now.mode) reasons.push('mode')
  if (old.linkTarget !== now.linkTarget) reasons.push('link target')
  if (old.kind === 'file' && reasons.length === 0 && contentDiffers() === true) reasons.push('content')
  return reasons
}

function difference(path: string, change: FileDifference['change'], old: FileEntry | null, now: FileEntry | null, reasons: string[]): FileDifference {
  const slash = path.indexOf('/')
  return {
    path,
    change,
    topFolder: slash < 0 ? '' : path.slice(0, slash),
    kind: (now ?? old)?.kind ?? 'other',
    fromSizeBytes: old?.kind === 'file' ? old.sizeBytes : 0,
    toSizeBytes: now?.kind === 'file' ? now.sizeBytes : 0,
    reasons,
  }
}

function totalsOf(differences: readonly FileDifference[], digestCompared: number): FileComparison['totals'] {
  const totals = { added: 0, removed: 0, changed: 0, addedBytes: 0, removedBytes: 0, digestCompared }
  for (const item of differences) {
    totals[item.change] += 1
    if (item.change === 'added') totals.addedBytes += item.toSizeBytes
    if (item.change === 'removed') totals.removedBytes += item.fromSizeBytes
  }
  return totals
}

/** One row per top folder, the folders losing most bytes first. */
function foldersOf(differences: readonly FileDifference[]): FolderDifference[] {
  const folders = new Map<string, FolderDifference>()
  for (const item of differences) {
    const folder = folders.get(item.topFolder) ?? { topFolder: item.topFolder, added: 0, removed: 0, changed: 0, removedBytes: 0, addedBytes: 0 }
    folder[item.change] += 1
    if (item.change === 'added') folder.addedBytes += item.toSizeBytes
    if (item.change === 'removed') folder.removedBytes += item.fromSizeBytes
    folders.set(item.topFolder, folder)
  }
  return [...folders.values()].sort((a, b) => b.removedBytes - a.removedBytes || b.addedBytes - a.addedBytes || (a.topFolder < b.topFolder ? -1 : 1))
}
