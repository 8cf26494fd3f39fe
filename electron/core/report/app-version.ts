import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

let found: string | null = null

/**
 * Baseline's own version, from the nearest package.json named "baseline" above this file. It is
 * read rather than imported so neither the main bundle nor out/cli carries a copy of package.json
 * (the source tree, out/main and out/cli all sit below the package root).
 */
export function appVersion(): string {
  if (found !== null) return found
  let folder = __dirname
  for (let depth = 0; depth < 8; depth += 1) {
    const version = versionIn(join(folder, 'package.json'))
    if (version !== null) return (found = version)
    const parent = dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  return (found = 'unknown')
}

function versionIn(path: string): string | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { name?: unknown; version?: unknown }
    return parsed.name === 'baseline' && typeof parsed.version === 'string' ? parsed.version : null
  } catch {
    return null
  }
}
