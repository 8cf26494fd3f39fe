import type { FileKind } from '../../../shared/model'

/** One path of a filesystem being replayed, layer over layer. */
export interface TrieNode {
  kind: FileKind
  sizeBytes: number
  linkTarget: string | null
  /** Permission bits; null or absent when not known. */
  mode?: number | null
  /** The layer whose copy this is; -1 for a folder no layer listed (only implied by its children). */
  layerIndex: number
  children: Map<string, TrieNode> | null
}

/** A stored copy that stops being visible: overwritten by, or deleted in, layer `byLayerIndex`. */
export interface LostCopy {
  path: string
  layerIndex: number
  sizeBytes: number
  reason: 'overwritten' | 'deleted'
  byLayerIndex: number
}

export type LossSink = (lost: LostCopy) => void

const newFolder = (layerIndex: number): TrieNode => ({ kind: 'directory', sizeBytes: 0, linkTarget: null, layerIndex, children: new Map() })

/**
 * The filesystem as overlayfs would show it: prefix deletes for whiteouts and opaque folders, a
 * folder replaced by a file takes its subtree with it. Every regular-file copy that leaves the
 * view goes to the sink once, which is what makes wasted = stored − visible hold exactly.
 */
export class FileTrie {
  readonly root: TrieNode = newFolder(-1)

  find(path: string): TrieNode | null {
    let node: TrieNode | undefined = this.root
    for (const segment of path.split('/')) {
      node = node.children?.get(segment)
      if (node === undefined) return null
    }
    return node
  }

  /** Places one entry of layer `layerIndex`; what it replaces is lost to it. */
  set(path: string, entry: Omit<TrieNode, 'children' | 'layerIndex'>, layerIndex: number, sink: LossSink | null): void {
    const segments = path.split('/')
    const name = segments.pop() ?? ''
    const parent = this.folder(segments, layerIndex, sink)
    const existing = parent.children?.get(name)
    if (existing?.kind === 'directory' && entry.kind === 'directory') {
      existing.layerIndex = layerIndex
      existing.mode = entry.mode ?? null
      return
    }
    if (existing && sink) reportSubtree(existing, path, 'overwritten', layerIndex, sink)
    const { kind, sizeBytes, linkTarget } = entry
    parent.children?.set(name, { kind, sizeBytes, linkTarget, mode: entry.mode ?? null, layerIndex, children: kind === 'directory' ? new Map() : null })
  }

  /** A whiteout: the path and everything under it leave the view. */
  remove(path: string, byLayerIndex: number, sink: LossSink | null): TrieNode | null {
    const segments = path.split('/')
    const name = segments.pop() ?? ''
    const parent = segments.length === 0 ? this.root : this.find(segments.join('/'))
    const existing = parent?.children?.get(name)
    if (!parent || !existing) return null
    parent.children?.delete(name)
    if (sink) reportSubtree(existing, path, 'deleted', byLayerIndex, sink)
    return existing
  }

  /**
   * Walks every node below the root, parents before children, names in order. Iterative: a
   * hostile name can nest thousands of folders deep, more than a call stack holds.
   */
  *walk(): Generator<[string, TrieNode]> {
    const pending: [string, TrieNode][] = childrenOf(this.root, '').reverse()
    while (pending.length > 0) {
      const [path, node] = pending.pop() as [string, TrieNode]
      yield [path, node]
      pending.push(...childrenOf(node, path).reverse())
    }
  }

  /**
   * The folder at `segments`, made where missing. A file or link standing where a folder must be
   * is replaced by one (a tar that lists `a/b` after a lower layer's file `a` means just that).
   */
  private folder(segments: string[], layerIndex: number, sink: LossSink | null): TrieNode {
    let node = this.root
    const walked: string[] = []
    for (const segment of segments) {
      walked.push(segment)
      let next = node.children?.get(segment)
      if (next === undefined || next.children === null) {
        if (next && sink) reportSubtree(next, walked.join('/'), 'overwritten', layerIndex, sink)
        next = newFolder(-1)
        node.children?.set(segment, next)
      }
      node = next
    }
    return node
  }
}

function childrenOf(node: TrieNode, prefix: string): [string, TrieNode][] {
  if (!node.children) return []
  return [...node.children.keys()].sort().map((name) => [prefix === '' ? name : `${prefix}/${name}`, node.children?.get(name) as TrieNode])
}

function reportSubtree(top: TrieNode, topPath: string, reason: LostCopy['reason'], byLayerIndex: number, sink: LossSink): void {
  const pending: [string, TrieNode][] = [[topPath, top]]
  while (pending.length > 0) {
    const [path, node] = pending.pop() as [string, TrieNode]
    if (node.kind === 'file' && node.sizeBytes > 0) sink({ path, layerIndex: node.layerIndex, sizeBytes: node.sizeBytes, reason, byLayerIndex })
    for (const [name, child] of [...(node.children ?? [])].reverse()) pending.push([`${path}/${name}`, child])
  }
}
