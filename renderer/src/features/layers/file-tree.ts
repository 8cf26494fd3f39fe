import type { FileChange, FileEntry, FileKind } from '../../../../shared/model'

/** One file or folder of the tree built from a layer's flat list of paths. */
export interface FileNode {
  name: string
  /** As the core names it, no leading slash; '' for the root. */
  path: string
  kind: FileKind
  /**
   * A file's own bytes; a folder's: everything below it that the layer stores. Removed entries
   * store nothing, so they never count towards a folder.
   */
  sizeBytes: number
  change: FileChange | null
  linkTarget: string | null
  /** Files (not folders) below a folder, removed ones excluded; 0 for a file. */
  fileCount: number
  children: FileNode[]
  /** False for a folder only implied by a path below it (a layer's tar may not list its parents). */
  isListed: boolean
}

export interface FileTree {
  root: FileNode
  /** Every node but the root, parents before children: lets passes over the tree avoid recursion. */
  nodes: FileNode[]
  parentOf: ReadonlyMap<FileNode, FileNode>
}

/** "./usr//bin/" and "/usr/bin" name the same path as "usr/bin"; '' for the root itself. */
export function normalisePath(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

function folder(name: string, path: string): FileNode {
  return { name, path, kind: 'directory', sizeBytes: 0, change: null, linkTarget: null, fileCount: 0, children: [], isListed: false }
}

/**
 * Folders with sizes added up from the flat list `layers.tree` answers. Paths may come in any
 * order, name a folder after its contents, or skip folders altogether; the same path twice keeps
 * the last entry, as a tar extracted in order would.
 */
export function buildFileTree(entries: readonly FileEntry[]): FileTree {
  const root = folder('', '')
  const byPath = new Map<string, FileNode>([['', root]])
  const nodes: FileNode[] = []
  const parentOf = new Map<FileNode, FileNode>()

  const nodeAt = (path: string): FileNode => {
    const known = byPath.get(path)
    if (known) return known
    const cut = path.lastIndexOf('/')
    const parent = nodeAt(cut < 0 ? '' : path.slice(0, cut))
    const node = folder(path.slice(cut + 1), path)
    byPath.set(path, node)
    nodes.push(node)
    parentOf.set(node, parent)
    parent.children.push(node)
    return node
  }

  for (const entry of entries) {
    const path = normalisePath(entry.path)
    if (path === '') continue
    const node = nodeAt(path)
    node.kind = entry.kind
    node.sizeBytes = entry.kind === 'directory' ? 0 : entry.sizeBytes
    node.change = entry.change
    node.linkTarget = entry.linkTarget
    node.isListed = true
  }

  addUpFolders(nodes, parentOf)
  return { root, nodes, parentOf }
}

/** Children come after their parents in `nodes`, so walking it backwards sums bottom-up. */
function addUpFolders(nodes: readonly FileNode[], parentOf: ReadonlyMap<FileNode, FileNode>): void {
  for (let index = nodes.length - 1; index >= 0; index -= 1) {
    const node = nodes[index]
    const parent = node && parentOf.get(node)
    if (!node || !parent || node.change === 'removed') continue
    parent.sizeBytes += node.sizeBytes
    parent.fileCount += node.kind === 'directory' ? node.fileCount : 1
  }
}
