/** A tar entry's name read as Docker applies it to the root filesystem. */
export type EntryPath =
  | { kind: 'path'; path: string; wasAbsolute: boolean }
  /** "", ".", "/": the root itself, which a layer may list but never replaces. */
  | { kind: 'root' }
  /** A name whose ".." climbs above the root: Engine 20.10 clamps it at the root on load; we leave it out and warn. */
  | { kind: 'escapes' }

/**
 * "./usr/bin/x", "usr//bin/./x" and "/usr/bin/x" all name "usr/bin/x": Docker joins every name
 * to the root after cleaning it, so an absolute name lands inside the root, not outside it.
 * ".." is resolved lexically; one that would leave the root makes the whole name unusable.
 */
export function readEntryPath(name: string): EntryPath {
  const wasAbsolute = name.startsWith('/')
  const kept: string[] = []
  for (const segment of name.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (kept.length === 0) return { kind: 'escapes' }
      kept.pop()
    } else {
      kept.push(segment)
    }
  }
  return kept.length === 0 ? { kind: 'root' } : { kind: 'path', path: kept.join('/'), wasAbsolute }
}

const WHITEOUT_PREFIX = '.wh.'
const OPAQUE_MARKER = '.wh..wh..opq'

/** What an entry's base name says in the overlay vocabulary of image layers (OCI image spec, "Whiteouts"). */
export type WhiteoutMeaning =
  | { kind: 'none' }
  /** `.wh.name`: `dir/name` (and everything under it) is deleted. */
  | { kind: 'whiteout'; target: string }
  /** `.wh..wh..opq`: everything the lower layers hold under `dir` is hidden. */
  | { kind: 'opaque'; directory: string }
  /** Other `.wh..wh.` names (aufs link directories): bookkeeping, not files. */
  | { kind: 'internal' }

export function readWhiteout(path: string): WhiteoutMeaning {
  const slash = path.lastIndexOf('/')
  const base = path.slice(slash + 1)
  if (!base.startsWith(WHITEOUT_PREFIX)) return { kind: 'none' }
  const directory = slash < 0 ? '' : path.slice(0, slash)
  if (base === OPAQUE_MARKER) return { kind: 'opaque', directory }
  if (base.startsWith(`${WHITEOUT_PREFIX}${WHITEOUT_PREFIX}`)) return { kind: 'internal' }
  const name = base.slice(WHITEOUT_PREFIX.length)
  if (name === '' || name === '.' || name === '..') return { kind: 'internal' }
  return { kind: 'whiteout', target: directory === '' ? name : `${directory}/${name}` }
}

/** The parent folder of a normalised path; "" for a top-level name. */
export function parentOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash < 0 ? '' : path.slice(0, slash)
}
