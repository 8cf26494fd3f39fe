import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** The built renderer (`npm run build`); the e2e run never builds it itself. */
export const rendererDir = resolve(__dirname, '../../../out/renderer')

export function missingBuildMessage(): string | null {
  if (existsSync(join(rendererDir, 'index.html')) && existsSync(builtCli)) return null
  return `The build is missing (${join(rendererDir, 'index.html')} or ${builtCli}). ` +
    'The e2e run builds nothing itself: run `npm run build` first, as test/run-all.mjs does.'
}

/** The compiled CLI that bin/baseline.js loads. */
const builtCli = resolve(__dirname, '../../../out/cli/electron/cli/index.js')

/** The `baseline` command (package.json "bin"), which one spec starts as a user would. */
export const baselineBin = resolve(__dirname, '../../../bin/baseline.js')
