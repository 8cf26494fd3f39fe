// Runs after `npm ci`: builds the app and the CLI so that `npx baseline` works straight away.
// Skipped when the sources are not there (npm also runs `prepare` when packing).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

if (existsSync('electron/main/index.ts')) {
  execSync('npm run build', { stdio: 'inherit' })
}
