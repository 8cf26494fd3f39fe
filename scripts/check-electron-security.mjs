// `npm run check:electron`: electronegativity (Doyensec's Electron security scanner) over the shell,
// electron/main and electron/preload, offline, for the Electron version we ship. Every finding must
// be listed with its reason in .electronegativity-accepted.json; anything else fails.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const require = createRequire(import.meta.url)
const electronVersion = require('electron/package.json').version
const accepted = JSON.parse(readFileSync(join(root, '.electronegativity-accepted.json'), 'utf8')).accepted

/**
 * The findings of the SARIF file the tool writes (JSON: the CSV it also offers quotes its fields
 * inconsistently, and one CI run read a row of it wrongly).
 */
function readFindings(path) {
  const sarif = JSON.parse(readFileSync(path, 'utf8'))
  return (sarif.runs ?? []).flatMap((run) =>
    (run.results ?? []).map((result) => {
      const where = result.locations?.[0]?.physicalLocation
      return {
        check: result.ruleId,
        level: result.level ?? 'warning',
        file: where?.artifactLocation?.uri ?? '',
        location: `${where?.region?.startLine ?? 0}:${where?.region?.startColumn ?? 0}`,
        description: result.message?.text ?? '',
      }
    }),
  )
}

const work = mkdtempSync(join(tmpdir(), 'baseline-electronegativity-'))
try {
  // Only the shell: core and renderer hold no Electron code (a lint rule keeps electron out of core).
  for (const part of ['main', 'preload']) cpSync(join(root, 'electron', part), join(work, 'src', part), { recursive: true })
  const sarif = join(work, 'findings.sarif')
  const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')
  const run = spawnSync(process.execPath, ['--require', join(root, 'scripts/lib/electronegativity-offline.cjs'), bin, '-i', join(work, 'src'), '-e', electronVersion, '-r', '-o', sarif], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  if (!existsSync(sarif)) {
    console.error(`electronegativity wrote no findings file (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
    process.exit(1)
  }
  const findings = readFindings(sarif)
  const isAccepted = (finding) => accepted.find((entry) => entry.check === finding.check && entry.file === finding.file)
  let failures = 0
  console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version} on electron/main and electron/preload, Electron ${electronVersion}: ${findings.length} finding(s)`)
  for (const finding of findings) {
    const entry = isAccepted(finding)
    if (!entry) failures += 1
    console.log(`${entry ? 'accepted' : 'FAILS   '} ${finding.check} ${finding.file}:${finding.location} (${finding.level}): ${finding.description}`)
    if (entry) console.log(`         why: ${entry.reason}`)
  }
  console.log(failures === 0 ? 'electronegativity: no finding left unaccepted' : `electronegativity: ${failures} finding(s) not accepted in .electronegativity-accepted.json`)
  process.exitCode = failures === 0 ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
