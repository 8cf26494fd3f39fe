import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'

/**
 * Where the command line keeps its cache: `$XDG_CACHE_HOME/baseline`, else `~/.cache/baseline`.
 * The XDG Base Directory spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
 * (The app passes Electron's userData instead.)
 */
export function cliCacheDirectory(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const xdg = env.XDG_CACHE_HOME
  const base = xdg !== undefined && xdg !== '' && isAbsolute(xdg) ? xdg : join(home, '.cache')
  return join(base, 'baseline')
}
