// `baseline analyze --all` on 500 images with base chains, with an empty cache (cold) and then
// with the cache the cold run left (warm). Figures only: the target is printed, never asserted.
//   node test/bench/analysis-bench.mjs [--count 500] [--runs 3] [--no-history] [--keep]
// Target (issue 3): warm (all from cache) under a tenth of cold.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { requireTs } from './lib/require-ts.mjs'
import { median, ms } from './lib/timing.mjs'

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '500' },
    runs: { type: 'string', default: '3' },
    'no-history': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
})
const count = Number(options.count)
const runs = Math.max(1, Number(options.runs))
const root = resolve(import.meta.dirname, '../..')
const bin = resolve(root, 'bin/baseline.js')
const fixtures = requireTs('../../fixtures/images/index.ts')
const { chainBenchSpecs } = requireTs('../../fixtures/analysis/bench-chain-specs.ts')

// Its own label value: the images bench removes `com.baseline.bench=1`, this one only its own.
const BENCH_LABEL = 'com.baseline.bench'
const filter = `label=${BENCH_LABEL}=analysis`

/** Runs the CLI with its cache in `cacheHome`; resolves with the wall time and the parsed answer. */
function timeAnalyzeAll(cacheHome) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const env = { ...process.env, XDG_CACHE_HOME: cacheHome }
    const child = spawn(process.execPath, [bin, 'analyze', '--all', '--json'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    let stderr = ''
    child.stdout.on('data', (chunk) => out.push(chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6
      if (code !== 0) return reject(new Error(`analyze --all exited ${code}: ${stderr.trim().split('\n')[0]}`))
      resolvePromise({ ms: elapsed, analyses: JSON.parse(Buffer.concat(out).toString('utf8')), stderr })
    })
  })
}

/** Node plus the CLI's loader, doing nothing: the floor under every CLI figure. */
function timeNodeStart() {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(process.execPath, [bin, '--version'], { cwd: root, stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', () => resolvePromise(Number(process.hrtime.bigint() - started) / 1e6))
  })
}

const freshCacheHome = () => mkdtempSync(join(tmpdir(), 'baseline-analysis-bench-'))

function row(label, value, note = '') {
  console.log(`  ${label.padEnd(58)} ${value.padStart(10)}  ${note}`)
}

const spread = (samples) => (samples.length > 1 ? `(${ms(Math.min(...samples))} – ${ms(Math.max(...samples))})` : '')

async function ensureImages() {
  const specs = chainBenchSpecs({ count, repo: fixtures.BENCH_REPO, labels: { [BENCH_LABEL]: 'analysis' } })
  const present = new Set((await fixtures.docker(['image', 'ls', '--filter', filter, '--format', '{{.Repository}}:{{.Tag}}'])).split('\n'))
  const missing = specs.filter((spec) => !present.has(spec.tags[0]))
  const started = Date.now()
  await fixtures.loadImages(missing)
  console.log(`  ${missing.length} loaded with one docker load (${ms(Date.now() - started)}); ${count - missing.length} were already there`)
  return specs.map((spec) => spec.tags[0])
}

/** Each cold run gets an empty cache folder; the warm runs reuse the folder of the last cold run. */
async function benchColdWarm() {
  const homes = []
  try {
    // One untimed run first, so the daemon's own first-touch costs are not charged to "cold".
    homes.push(freshCacheHome())
    await timeAnalyzeAll(homes[0])
    const cold = []
    let coldAnswer = null
    for (let index = 0; index < runs; index += 1) {
      homes.push(freshCacheHome())
      const result = await timeAnalyzeAll(homes[homes.length - 1])
      cold.push(result.ms)
      coldAnswer = result.analyses
    }
    const warm = []
    let warmAnswer = null
    for (let index = 0; index < runs; index += 1) {
      const result = await timeAnalyzeAll(homes[homes.length - 1])
      warm.push(result.ms)
      warmAnswer = result.analyses
    }
    return { cold, warm, coldAnswer, warmAnswer }
  } finally {
    for (const home of homes) rmSync(home, { recursive: true, force: true })
  }
}

/** An analysis served from the cache carries the analyzedAt of the run that computed it. */
function fromCache(coldAnswer, warmAnswer) {
  const computed = new Map(coldAnswer.map((analysis) => [analysis.id, analysis.analyzedAt]))
  return warmAnswer.filter((analysis) => computed.get(analysis.id) === analysis.analyzedAt).length
}

/**
 * The same work inside one process, through the compiled core the CLI runs: no Node start-up, no
 * module loading, no 2 MB of JSON printed. What the cache saves, apart from what every run pays.
 */
async function inProcess(dataDir) {
  const { createServices } = createRequire(import.meta.url)(resolve(root, 'out/cli/electron/core/services.js'))
  const services = createServices({ dataDir, emit: () => undefined, env: process.env, diskUsage: false, warn: () => undefined })
  try {
    const started = process.hrtime.bigint()
    await services.analysis().analyzeAll()
    return Number(process.hrtime.bigint() - started) / 1e6
  } finally {
    await services.dispose()
  }
}

async function benchInProcess() {
  const homes = [freshCacheHome()]
  try {
    await inProcess(join(homes[0], 'baseline'))
    const cold = []
    for (let index = 0; index < runs; index += 1) {
      homes.push(freshCacheHome())
      cold.push(await inProcess(join(homes[homes.length - 1], 'baseline')))
    }
    const warm = []
    for (let index = 0; index < runs; index += 1) warm.push(await inProcess(join(homes[homes.length - 1], 'baseline')))
    return { cold, warm }
  } finally {
    for (const home of homes) rmSync(home, { recursive: true, force: true })
  }
}

function printColdWarm(cold, warm, coldLabel, warmLabel) {
  const ratio = median(warm) / median(cold)
  row(coldLabel, ms(median(cold)), spread(cold))
  row(warmLabel, ms(median(warm)), spread(warm))
  row('ratio warm / cold', '', `${ratio.toFixed(3)} (target < 0.1: ${ratio < 0.1 ? 'met' : 'NOT met'})`)
}

async function dockerHistoryAll(refs) {
  const started = Date.now()
  for (const ref of refs) await fixtures.docker(['history', '--no-trunc', '--format', '{{json .}}', ref])
  return Date.now() - started
}

async function main() {
  const engine = await fixtures.dockerReachable()
  if (!engine.ok) throw new Error(`no Docker engine answered: ${engine.reason}`)
  if (!existsSync(resolve(root, 'out/cli/electron/cli/index.js'))) throw new Error('the CLI is not built: run `npm run build` first')
  console.log(`analysis bench: ${count} images under ${fixtures.BENCH_REPO}/analysis-… (bases, runtimes on them, apps on both)`)
  const refs = await ensureImages()
  try {
    console.log(`\nnode bin/baseline.js analyze --all --json (median of ${runs}; cold = empty XDG_CACHE_HOME, warm = the cache it left)`)
    const { cold, warm, coldAnswer, warmAnswer } = await benchColdWarm()
    const cached = `warm: ${fromCache(coldAnswer, warmAnswer)} of ${warmAnswer.length} served from the cache`
    printColdWarm(cold, warm, `cold: ${coldAnswer.length} images analysed`, cached)
    const node = await timeNodeStart()
    row('for reference: node bin/baseline.js --version', ms(node), 'what every run pays before any work')
    console.log(`\nThe same in one process (analyzeAll through the compiled core, as analyze --all runs it; median of ${runs})`)
    const core = await benchInProcess()
    printColdWarm(core.cold, core.warm, 'cold: empty cache folder', 'warm: the cache the cold run left')
    if (options['no-history']) console.log('\n  (--no-history: docker history × N skipped)')
    else {
      console.log(`\nFor scale: the docker CLI reading what analysis starts from`)
      row(`${refs.length} × docker history --no-trunc, one after another`, ms(await dockerHistoryAll(refs)))
    }
  } finally {
    if (options.keep) console.log(`\n--keep: the bench images stay (${fixtures.BENCH_REPO}/analysis-…, label ${BENCH_LABEL}=analysis)`)
    else {
      const started = Date.now()
      const ids = await fixtures.listImageIds([filter])
      const errors = await fixtures.removeImages(ids)
      console.log(`\nRemoved ${ids.length} bench images (${ms(Date.now() - started)})${errors.length ? `; ${errors.length} could not be removed` : ''}`)
    }
  }
}

main().catch((error) => {
  console.error(`analysis bench failed: ${error.message}`)
  process.exitCode = 1
})
