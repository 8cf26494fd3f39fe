import type { LineageNode } from '../../../../shared/model'

/** One visible line of the tree, flattened in display order for the virtualiser. */
export interface TreeRow {
  node: LineageNode
  id: string
  /** 1 for a root, as aria-level counts. */
  level: number
  parentId: string | null
  posInSet: number
  setSize: number
  hasChildren: boolean
  isExpanded: boolean
  isMatch: boolean
  /** Shown only as the way to a match, or as built on one, while a filter is on. */
  isContext: boolean
}

/** What a filter keeps: the matches, every ancestor of one (expanded), and everything below one. */
export interface LineageFilter {
  visible: ReadonlySet<string>
  ancestors: ReadonlySet<string>
  matches: ReadonlySet<string>
}

export function nodeMatches(node: LineageNode, needle: string): boolean {
  if (node.imageId.toLowerCase().replace(/^sha256:/, '').startsWith(needle.replace(/^sha256:/, ''))) return true
  return node.tags.some((tag) => tag.toLowerCase().includes(needle))
}

/** null for an empty query: the whole forest shows. */
export function filterLineage(roots: readonly LineageNode[], query: string): LineageFilter | null {
  const needle = query.trim().toLowerCase()
  if (needle === '') return null
  const visible = new Set<string>()
  const ancestors = new Set<string>()
  const matches = new Set<string>()
  const addSubtree = (node: LineageNode): void => {
    visible.add(node.imageId)
    node.children.forEach(addSubtree)
  }
  // Returns whether the node or anything below it matched.
  const visit = (node: LineageNode): boolean => {
    if (nodeMatches(node, needle)) {
      matches.add(node.imageId)
      addSubtree(node)
      node.children.forEach(visit)
      if (node.children.some((child) => matches.has(child.imageId) || ancestors.has(child.imageId))) ancestors.add(node.imageId)
      return true
    }
    const below = node.children.map(visit).some(Boolean)
    if (below) {
      visible.add(node.imageId)
      ancestors.add(node.imageId)
    }
    return below
  }
  roots.forEach(visit)
  return { visible, ancestors, matches }
}

/** The rows on screen: roots, then the children of every expanded row, depth first. */
export function visibleRows(roots: readonly LineageNode[], collapsed: ReadonlySet<string>, filter: LineageFilter | null): TreeRow[] {
  const rows: TreeRow[] = []
  const shown = (nodes: readonly LineageNode[]) => (filter ? nodes.filter((node) => filter.visible.has(node.imageId)) : nodes)
  // An explicit stack, not recursion: a 2,000-deep chain must not overflow.
  const stack: { nodes: readonly LineageNode[]; index: number; level: number; parentId: string | null }[] = [
    { nodes: shown(roots), index: 0, level: 1, parentId: null },
  ]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]
    if (!frame) break
    const node = frame.nodes[frame.index]
    if (!node) {
      stack.pop()
      continue
    }
    frame.index += 1
    const children = shown(node.children)
    const hasChildren = children.length > 0
    const isExpanded = hasChildren && !collapsed.has(node.imageId)
    rows.push({
      node,
      id: node.imageId,
      level: frame.level,
      parentId: frame.parentId,
      posInSet: frame.index,
      setSize: frame.nodes.length,
      hasChildren,
      isExpanded,
      isMatch: filter?.matches.has(node.imageId) ?? false,
      isContext: filter !== null && !filter.matches.has(node.imageId),
    })
    if (isExpanded) stack.push({ nodes: children, index: 0, level: frame.level + 1, parentId: node.imageId })
  }
  return rows
}

/** Every image that has children: what "Collapse all" folds. */
export function parentIds(roots: readonly LineageNode[]): Set<string> {
  const ids = new Set<string>()
  const stack = [...roots]
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.children.length > 0) ids.add(node.imageId)
    stack.push(...node.children)
  }
  return ids
}

export function countImages(roots: readonly LineageNode[]): number {
  let count = 0
  const stack = [...roots]
  for (let node = stack.pop(); node; node = stack.pop()) {
    count += 1
    stack.push(...node.children)
  }
  return count
}

/** A new filter unfolds the path to every match, leaving the rest as the user set it. */
export function expandForFilter(collapsed: ReadonlySet<string>, filter: LineageFilter | null): ReadonlySet<string> {
  if (!filter || ![...filter.ancestors].some((id) => collapsed.has(id))) return collapsed
  return new Set([...collapsed].filter((id) => !filter.ancestors.has(id)))
}
