import type { FileEntry } from '../../../shared/model'
import { FileTrie, type LostCopy, type TrieNode } from './file-trie'
import type { RawLayer } from './raw-layer'

export interface Replayed {
  /** Per layer, bottom first: its own entries with what each did, sorted by path. */
  layerEntries: FileEntry[][]
  /** Every stored copy that is not visible at the top, once. */
  lost: LostCopy[]
  /** The final filesystem, with the layer each visible entry came from. */
  final: FileTrie
}

/**
 * Replays the layers bottom up. Within a layer deletions come first: whiteouts and opaque markers
 * speak of the layers below, never of the layer's own entries, wherever the tar puts them.
 */
export function replayLayers(layers: readonly RawLayer[]): Replayed {
  const final = new FileTrie()
  const lost: LostCopy[] = []
  const sink = (copy: LostCopy): void => void lost.push(copy)
  const layerEntries = layers.map((layer, index) => {
    const entries: FileEntry[] = []
    for (const path of layer.whiteouts) {
      const removed = final.remove(path, index, sink)
      entries.push(removedEntry(path, removed))
    }
    for (const directory of layer.opaqueDirs) {
      const folder = directory === '' ? final.root : final.find(directory)
      for (const name of [...(folder?.children?.keys() ?? [])]) {
        const path = directory === '' ? name : `${directory}/${name}`
        entries.push(removedEntry(path, final.remove(path, index, sink)))
      }
    }
    // A path a tar lists twice (or whites out and lists) is one row: the last copy, as the filesystem shows it.
    const rowOf = new Map(entries.map((entry, row) => [entry.path, row]))
    for (const record of layer.records) {
      const earlier = rowOf.get(record.path)
      const existedBelow = earlier === undefined ? final.find(record.path) !== null : entries[earlier]?.change !== 'added'
      final.set(record.path, record, index, sink)
      // Spelled out, not spread: one object shape for 40,000 entries keeps this loop monomorphic.
      const entry: FileEntry = { path: record.path, kind: record.kind, sizeBytes: record.sizeBytes, change: existedBelow ? 'modified' : 'added', linkTarget: record.linkTarget, mode: record.mode }
      if (earlier === undefined) rowOf.set(record.path, entries.push(entry) - 1)
      else entries[earlier] = entry
    }
    return entries.sort(byPath)
  })
  return { layerEntries, lost, final }
}

/** The filesystem after layer `upTo`, rebuilt from the stored per-layer entries (removals first). */
export function replayEntries(layerEntries: readonly (readonly FileEntry[])[]): FileTrie {
  const trie = new FileTrie()
  layerEntries.forEach((entries, index) => {
    for (const entry of entries) if (entry.change === 'removed') trie.remove(entry.path, index, null)
    for (const entry of entries) if (entry.change !== 'removed') trie.set(entry.path, entry, index, null)
  })
  return trie
}

/** Every path of a filesystem (implied folders included), for the cumulative view. */
export function listTrie(trie: FileTrie): FileEntry[] {
  const entries: FileEntry[] = []
  for (const [path, node] of trie.walk()) {
    entries.push({ path, kind: node.kind, sizeBytes: node.kind === 'file' ? node.sizeBytes : 0, change: null, linkTarget: node.linkTarget, mode: node.mode ?? null })
  }
  return entries
}

/** A removal names what it removed (its kind, a file's bytes), or 'other' when nothing was there. */
function removedEntry(path: string, removed: TrieNode | null): FileEntry {
  return {
    path,
    kind: removed?.kind ?? 'other',
    sizeBytes: removed?.kind === 'file' ? removed.sizeBytes : 0,
    change: 'removed',
    linkTarget: removed?.linkTarget ?? null,
    mode: null,
  }
}

function byPath(a: FileEntry, b: FileEntry): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0
}
