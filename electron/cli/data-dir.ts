import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

/** The CLI keeps its settings (and later its cache) where the XDG spec puts caches. */
export function cliDataDir(env: NodeJS.ProcessEnv, home: string = homedir()): string {
  const cacheHome = env.XDG_CACHE_HOME
  // The spec says a relative XDG path is invalid and must be ignored.
  if (cacheHome !== undefined && cacheHome !== '' && isAbsolute(cacheHome)) return join(cacheHome, 'baseline')
  return join(home, '.cache', 'baseline')
}
