/**
 * Sorts the errors SQLite and the file system raise into what the cache does about them:
 * - corrupt: the file's content cannot be trusted -> move it aside and rebuild;
 * - busy: another connection holds a lock past the busy timeout;
 * - unwritable: the place is the problem, not the file -> work in memory.
 */
export type CacheFailure = 'corrupt' | 'busy' | 'unwritable' | 'other'

const unwritableErrnos = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EISDIR'])

export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}

export function classifyFailure(error: unknown): CacheFailure {
  const code = errorCode(error)
  if (code === null) return 'other'
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt'
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy'
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_PERM' ||
    code === 'SQLITE_FULL' ||
    unwritableErrnos.has(code)
  ) {
    return 'unwritable'
  }
  return 'other'
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = errorCode(error)
  return code !== null && !message.includes(code) ? `${code}: ${message}` : message
}
