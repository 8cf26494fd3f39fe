import { existsSync, renameSync } from 'node:fs'

/** SQLite's companions of a WAL database; they belong with the main file wherever it goes. */
const companions = ['-wal', '-shm']

/**
 * Renames an unusable cache file (and its -wal/-shm, so the kept copy stays openable for a post
 * mortem) to `<file>.corrupt-<timestamp>`, clearing the way for a fresh file. Returns the kept
 * path. Throws when a rename is impossible; the caller then works in memory.
 */
export function moveAside(path: string, now: number): string {
  const kept = freeName(`${path}.corrupt-${timestamp(now)}`)
  if (existsSync(path)) renameSync(path, kept)
  for (const suffix of companions) {
    if (existsSync(path + suffix)) renameSync(path + suffix, kept + suffix)
  }
  return kept
}

/**
 * Moves the file aside while a connection still holds it, then closes that connection: closing
 * first would let SQLite checkpoint into the damaged file and delete its WAL, losing what we keep.
 * Where an open file cannot be renamed (Windows), closes first and renames after.
 */
export function setAsideAndClose(path: string, now: number, close: () => void): string {
  try {
    return moveAside(path, now)
  } catch {
    close()
    return moveAside(path, now)
  } finally {
    close()
  }
}

/** File-name-safe ISO time: colons are not allowed on Windows. */
function timestamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-')
}

function freeName(base: string): string {
  let candidate = base
  for (let n = 2; existsSync(candidate); n++) candidate = `${base}-${n}`
  return candidate
}
