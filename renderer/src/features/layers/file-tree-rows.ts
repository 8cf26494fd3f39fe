import type { FileNode, FileTree } from './file-tree'

export type FileSort = 'size' | 'name'

/** One visible line of the tree, flattened in display order for the virtualiser. */
export interface FileRow {
  /** The node's path: stable across sorts, filters and scopes, so expansion survives them. */
  id: string
  node: FileNode
  /** 1 for a top-level entry, as aria-level counts. */
  level: number
  parentId: string | null
  posInSet: number
  setSize: number
  hasChildren: boolean
  isExpanded: boolean
}

/** What a path filter keeps: paths that match, and the folders on the way to them. */
export interface FileFilter {
  /** Every path shown: matches, everything inside a matching folder, and their ancestors. */
  visible: ReadonlySet<string>
  /** Folders shown only because something below matches: unfolded when the filter changes. */
  ancestors: ReadonlySet<string>
  matchCount: number
}

/**
 * Paths are matched as "/usr/lib/x", case-insensitively, so "/lib" finds top-level lib and
 * usr/lib alike and "usr/lib" finds the folder and everything in it. null: no filter.
 */
export function filterFileTree(tree: FileTree, query: string): FileFilter | null {
  const needle = query.trim().toLowerCase()
  if (needle === '') return null
  const visible = new Set<string>()
  const ancestors = new Set<string>()
  let matchCount = 0
  for (const node of tree.nodes) {
    if (!`/${node.path}`.toLowerCase().includes(needle)) continue
    matchCount += 1
    visible.add(node.path)
    for (let parent = tree.parentOf.get(node); parent && parent !== tree.root; parent = tree.parentOf.get(parent)) {
      if (visible.has(parent.path)) break
      visible.add(parent.path)
      ancestors.add(parent.path)
    }
  }
  return { visible, ancestors, matchCount }
}

/** Largest first (name breaks ties), or by name in code-point order as `ls` with LC_ALL=C. */
export function compareFiles(sort: FileSort): (a: FileNode, b: FileNode) => number {
  const byName = (a: FileNode, b: FileNode) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  if (sort === 'name') return byName
  return (a, b) => b.sizeBytes - a.sizeBytes || byName(a, b)
}

/** The rows on screen: top-level entries, then the children of every expanded folder, depth first. */
export function visibleFileRows(tree: FileTree, expanded: ReadonlySet<string>, sort: FileSort, filter: FileFilter | null): FileRow[] {
  const rows: FileRow[] = []
  const compare = compareFiles(sort)
  const shown = (nodes: readonly FileNode[]) => (filter ? nodes.filter((node) => filter.visible.has(node.path)) : [...nodes]).sort(compare)
  // An explicit stack, not recursion: a hostile archive may nest thousands of folders.
  const stack: { nodes: FileNode[]; index: number; level: number; parentId: string | null }[] = [
    { nodes: shown(tree.root.children), index: 0, level: 1, parentId: null },
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
    const hasChildren = node.children.length > 0
    const isExpanded = hasChildren && expanded.has(node.path)
    rows.push({
      id: node.path,
      node,
      level: frame.level,
      parentId: frame.parentId,
      posInSet: frame.index,
      setSize: frame.nodes.length,
      hasChildren,
      isExpanded,
    })
    if (isExpanded) stack.push({ nodes: shown(node.children), index: 0, level: frame.level + 1, parentId: node.path })
  }
  return rows
}

/** A new filter unfolds the way to every match, leaving the rest as the user set it. */
export function expandForFilter(expanded: ReadonlySet<string>, filter: FileFilter | null): ReadonlySet<string> {
  if (!filter || [...filter.ancestors].every((path) => expanded.has(path))) return expanded
  return new Set([...expanded, ...filter.ancestors])
}
