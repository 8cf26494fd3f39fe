import type { FileTrie, TrieNode } from './file-trie'

/** Links followed before a path is given up on: a loop (a -> b -> a) ends here instead of hanging. */
export const MAX_LINK_HOPS = 32

/**
 * The node a path names in the final filesystem, following symbolic links in every segment as the
 * kernel would (absolute targets from the root, relative ones from the link's folder; `bin ->
 * usr/bin` on merged-/usr systems included) and hard links at the end. Null when the path does
 * not exist, leaves the root, or takes more than MAX_LINK_HOPS links.
 */
export function resolvePath(trie: FileTrie, path: string): { path: string; node: TrieNode } | null {
  const pending = path.split('/').reverse()
  const resolved: string[] = []
  let node: TrieNode = trie.root
  let hops = 0
  while (pending.length > 0) {
    const segment = pending.pop() as string
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      resolved.pop()
      node = resolved.length === 0 ? trie.root : (trie.find(resolved.join('/')) ?? trie.root)
      continue
    }
    const next = node.children?.get(segment)
    if (next === undefined) return null
    const target = next.kind === 'symlink' || (next.kind === 'hardlink' && pending.length === 0) ? next.linkTarget : null
    if (target === null) {
      resolved.push(segment)
      node = next
      continue
    }
    hops += 1
    if (hops > MAX_LINK_HOPS) return null
    // A hard link's name is written from the root; a symlink's from the folder it sits in.
    if (target.startsWith('/') || next.kind === 'hardlink') {
      resolved.length = 0
      node = trie.root
    }
    pending.push(...target.split('/').reverse())
  }
  return resolved.length === 0 ? null : { path: resolved.join('/'), node }
}
