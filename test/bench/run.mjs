// `npm run bench`: runs every test/bench/*-bench.mjs one after another (they share the daemon, so
// never together), passing the command's arguments on (e.g. `npm run bench -- --keep`).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const here = import.meta.dirname
const scripts = readdirSync(here).filter((name) => name.endsWith('-bench.mjs')).sort()
let failed = 0
for (const script of scripts) {
  console.log(`\n=== ${script} ${'='.repeat(Math.max(3, 66 - script.length))}`)
  const result = spawnSync(process.execPath, [join(here, script), ...process.argv.slice(2)], { stdio: 'inherit' })
  if (result.status !== 0) failed += 1
}
if (scripts.length === 0) console.log('no test/bench/*-bench.mjs scripts')
process.exitCode = failed > 0 ? 1 : 0
