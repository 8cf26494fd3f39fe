import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const electronPackage = resolve(__dirname, '../../../node_modules/electron')

export const NO_ELECTRON_REASON =
  'no Electron binary: it cannot be downloaded on this machine; see ENVIRONMENT.md'

/**
 * The Electron executable, found the way npm start finds it (ELECTRON_EXEC_PATH, path.txt + dist,
 * or ELECTRON_OVERRIDE_DIST_PATH) — but without its fallback of downloading one, which cannot work
 * here and would hang the run.
 */
export function findElectronBinary(): string | null {
  const exec = process.env.ELECTRON_EXEC_PATH
  if (exec) return existsSync(exec) ? exec : null
  const pathFile = join(electronPackage, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let candidate: string | null = null
  if (override) candidate = join(override, executable || 'electron')
  else if (executable) candidate = join(electronPackage, 'dist', executable)
  return candidate && existsSync(candidate) ? candidate : null
}
