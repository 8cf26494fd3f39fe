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

/** The CSV the tool writes: a header, then one line per finding with quoted fields. */
function parseFindings(csv) {
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = [...line.matchAll(/"((?:[^"]|"")*)"|([^,]+)|(?<=,)(?=,|$)/g)].map((match) => (match[1] ?? match[2] ?? '').trim())
      return { check: fields[0], severity: fields[1], confidence: fields[2], file: fields[3], location: fields[4], description: fields[6] }
    })
}

const work = mkdtempSync(join(tmpdir(), 'baseline-electronegativity-'))
try {
  // Only the shell: core and renderer hold no Electron code (a lint rule keeps electron out of core).
  for (const part of ['main', 'preload']) cpSync(join(root, 'electron', part), join(work, 'src', part), { recursive: true })
  const csv = join(work, 'findings.csv')
  const bin = join(root, 'node_modules/@doyensec/electronegativity/dist/index.js')
  const run = spawnSync(process.execPath, ['--require', join(root, 'scripts/lib/electronegativity-offline.cjs'), bin, '-i', join(work, 'src'), '-e', electronVersion, '-r', '-o', csv], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  if (!existsSync(csv)) {
    console.error(`electronegativity wrote no findings file (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
    process.exit(1)
  }
  const findings = parseFindings(readFileSync(csv, 'utf8'))
  const isAccepted = (finding) => accepted.find((entry) => entry.check === finding.check && entry.file === finding.file)
  let failures = 0
  console.log(`electronegativity ${require('@doyensec/electronegativity/package.json').version} on electron/main and electron/preload, Electron ${electronVersion}: ${findings.length} finding(s)`)
  for (const finding of findings) {
    const entry = isAccepted(finding)
    if (!entry) failures += 1
    console.log(`${entry ? 'accepted' : 'FAILS   '} ${finding.check} ${finding.file}:${finding.location} ${finding.severity}/${finding.confidence}: ${finding.description}`)
    if (entry) console.log(`         why: ${entry.reason}`)
  }
  console.log(failures === 0 ? 'electronegativity: no finding left unaccepted' : `electronegativity: ${failures} finding(s) not accepted in .electronegativity-accepted.json`)
  process.exitCode = failures === 0 ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
