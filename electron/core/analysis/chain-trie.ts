/**
 * A trie of layer chains: one node per distinct chain prefix, each image hung on the node of its
 * whole chain. Finding the longest local chain that prefixes another is then a walk down at most
 * as many nodes as that chain has layers, instead of a comparison with every image.
 */
export interface ChainNode<T> {
  depth: number
  parent: ChainNode<T> | null
  children: Map<string, ChainNode<T>>
  /** Items whose whole chain ends here (several image IDs may share one chain). */
  items: T[]
}

export interface ChainMatch<T> {
  /** Layers of the matched chain. */
  depth: number
  items: T[]
}

export function createChainTrie<T>(entries: Iterable<{ diffIds: readonly string[]; item: T }>): ChainNode<T> {
  const root: ChainNode<T> = { depth: 0, parent: null, children: new Map(), items: [] }
  for (const { diffIds, item } of entries) nodeFor(root, diffIds, true)?.items.push(item)
  return root
}

/** The node of exactly this chain; created on the way when `create`, else null when absent. */
export function nodeFor<T>(root: ChainNode<T>, diffIds: readonly string[], create = false): ChainNode<T> | null {
  let node = root
  for (const diffId of diffIds) {
    let next = node.children.get(diffId)
    if (!next) {
      if (!create) return null
      next = { depth: node.depth + 1, parent: node, children: new Map(), items: [] }
      node.children.set(diffId, next)
    }
    node = next
  }
  return node
}

/**
 * The longest chain that is a proper prefix of `diffIds` (at least one layer, fewer than all) and
 * carries at least one item that `accept` lets through.
 */
export function longestProperPrefix<T>(
  root: ChainNode<T>,
  diffIds: readonly string[],
  accept: (item: T) => boolean = () => true,
): ChainMatch<T> | null {
  let best: ChainMatch<T> | null = null
  let node = root
  for (const diffId of diffIds.slice(0, -1)) {
    const next = node.children.get(diffId)
    if (!next) break
    node = next
    const items = node.items.filter(accept)
    if (items.length > 0) best = { depth: node.depth, items }
  }
  return best
}

/** The nearest node above `node` that carries items: the parent chain in the lineage forest. */
export function nearestAncestorWithItems<T>(node: ChainNode<T>): ChainNode<T> | null {
  let current = node.parent
  while (current !== null && (current.items.length === 0 || current.depth === 0)) current = current.parent
  return current
}
