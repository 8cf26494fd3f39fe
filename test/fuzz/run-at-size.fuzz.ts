import { it } from 'vitest'
import { fuzzDockerfiles, timeDockerfileShapes } from './dockerfile-fuzzer'
import { fuzzFileBytes } from './file-bytes-fuzzer'
import { formatReport, type FuzzReport } from './fuzz-run'
import { fuzzImageMetadata } from './metadata-fuzzer'
import { fuzzPackageDatabases, fuzzRpmHeaders } from './package-fuzzer'
import { fuzzReferences } from './reference-fuzzer'
import { fuzzTarArchives } from './tar-fuzzer'

// `npm run fuzz`: the fuzzers at size, then each adversarial Dockerfile shape by name. FUZZ_SEED
// replays a run; FUZZ_SCALE=0.1 for a quick look; FUZZ_ONLY=shape runs the fuzzers whose name has it.
// Budgets are printed, not asserted: a slow input is a finding to read, not a flaky test.
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000)
const scale = Number(process.env.FUZZ_SCALE ?? 1)
const only = process.env.FUZZ_ONLY
const runs: [string, () => FuzzReport | FuzzReport[], number][] = [
  ['dockerfiles', () => fuzzDockerfiles(seed, Math.round(10_000 * scale)), 200],
  ['dockerfile shapes', () => timeDockerfileShapes(), 200],
  ['references', () => fuzzReferences(seed, Math.round(100_000 * scale)), 5],
  ['tar archives', () => fuzzTarArchives(seed, Math.round(2_000 * scale)), 50],
  ['image metadata', () => fuzzImageMetadata(seed, Math.round(2_000 * scale)), 200],
  ['package databases', () => fuzzPackageDatabases(seed, Math.round(3_000 * scale)), 50],
  ['rpm headers', () => fuzzRpmHeaders(seed, Math.round(20_000 * scale)), 50],
  ['file bytes', () => fuzzFileBytes(seed, Math.round(5_000 * scale)), 20],
]

it('fuzz at size', () => {
  let crashes = 0
  console.log(`seed ${seed} (replay with FUZZ_SEED=${seed} npm run fuzz)`)
  for (const [name, run, budgetMs] of runs) {
    if (only !== undefined && !name.includes(only)) continue
    for (const report of [run()].flat()) {
      crashes += report.crashes.length
      console.log(formatReport(report, budgetMs))
    }
  }
  console.log(`${crashes} crashes in total`)
  if (crashes > 0) process.exitCode = 1
}, 3_600_000)
