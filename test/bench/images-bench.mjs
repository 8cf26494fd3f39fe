// Baseline's CLI beside the docker CLI doing the same work, on 500 images. Figures only: the
// targets are printed next to them, never asserted (timings belong in a report, not a test).
//   node test/bench/images-bench.mjs [--count 500] [--runs 5] [--inspect 50] [--keep]
// Targets (issue 2): the list within 1.5x of `docker image ls`; 50 inspections in one process
// faster than 50 sequential `docker history` calls.
import './lib/engine-env.mjs'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { dockerReachable, ensureBenchImages, removeBenchImages } from './lib/bench-images.mjs'
import { medianOf, ms, timeCommand } from './lib/timing.mjs'

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '500' },
    runs: { type: 'string', default: '5' },
    inspect: { type: 'string', default: '50' },
    keep: { type: 'boolean', default: false },
  },
})
const count = Number(options.count)
const runs = Number(options.runs)
const inspectCount = Math.min(Number(options.inspect), count)
const root = resolve(import.meta.dirname, '../..')
const bin = resolve(root, 'bin/baseline.js')
const spawnOptions = { cwd: root, env: { ...process.env, npm_config_update_notifier: 'false' } }

// `{{json .}}` is what `--format json` prints, and the only form Debian's docker.io 20.10 CLI knows.
const DOCKER_JSON = ['--format', '{{json .}}']

const npxBaseline = (args) => () => timeCommand('npx', ['--no-install', 'baseline', ...args], spawnOptions)
const nodeBaseline = (args) => () => timeCommand(process.execPath, [bin, ...args], spawnOptions)
const dockerCli = (args) => () => timeCommand('docker', args, spawnOptions)

async function dockerHistorySequential(refs) {
  let total = 0
  for (const ref of refs) total += await timeCommand('docker', ['history', '--no-trunc', ...DOCKER_JSON, ref], spawnOptions)
  return total
}

function row(label, value, note = '') {
  console.log(`  ${label.padEnd(56)} ${value.padStart(10)}  ${note}`)
}

/** The median, with the spread of the samples beside it: a busy machine shows as a wide range. */
const spread = ({ samples }) => `(${ms(Math.min(...samples))} – ${ms(Math.max(...samples))})`

function verdict(ratio, target, lowerIsBetter = true) {
  const met = lowerIsBetter ? ratio <= target : ratio >= target
  return `${ratio.toFixed(2)}x (target ≤ ${target}x: ${met ? 'met' : 'NOT met'})`
}

async function benchList() {
  console.log(`\nList ${count}+ images (median of ${runs} runs after one warm-up)`)
  const viaNpx = await medianOf(runs, npxBaseline(['images', '--json']))
  const viaNode = await medianOf(runs, nodeBaseline(['images', '--json']))
  const docker = await medianOf(runs, dockerCli(['image', 'ls', ...DOCKER_JSON]))
  row('npx baseline images --json', ms(viaNpx.median), spread(viaNpx))
  row('node bin/baseline.js images --json (no npx start-up)', ms(viaNode.median), spread(viaNode))
  row("docker image ls --format '{{json .}}'", ms(docker.median), spread(docker))
  row('ratio npx baseline / docker', '', verdict(viaNpx.median / docker.median, 1.5))
  row('ratio node bin/baseline.js / docker', '', verdict(viaNode.median / docker.median, 1.5))
}

async function benchInspect(tags) {
  const refs = tags.slice(0, inspectCount)
  const samples = Math.max(1, Math.min(runs, 3))
  console.log(`\nInspect ${refs.length} images (median of ${samples} runs after one warm-up)`)
  const viaNpx = await medianOf(samples, npxBaseline(['inspect', ...refs, '--json']))
  const viaNode = await medianOf(samples, nodeBaseline(['inspect', ...refs, '--json']))
  const docker = await medianOf(samples, () => dockerHistorySequential(refs))
  row(`npx baseline inspect <${refs.length} refs> --json (one process)`, ms(viaNpx.median), spread(viaNpx))
  row(`node bin/baseline.js inspect <${refs.length} refs> --json`, ms(viaNode.median), spread(viaNode))
  row(`${refs.length} × docker history --no-trunc, one after another`, ms(docker.median), spread(docker))
  row('ratio npx baseline / docker', '', verdict(viaNpx.median / docker.median, 1))
  row('ratio node bin/baseline.js / docker', '', verdict(viaNode.median / docker.median, 1))
}

async function main() {
  const engine = await dockerReachable()
  if (!engine.ok) throw new Error(`no Docker engine answered: ${engine.reason}`)
  if (!existsSync(resolve(root, 'out/cli/electron/cli/index.js'))) throw new Error('the CLI is not built: run `npm run build` first')
  console.log(`images bench: ${count} images under baseline-bench/…`)
  const created = await ensureBenchImages(count)
  console.log(`  ${created.loaded} loaded with one docker load (${ms(created.ms)}); ${count - created.loaded} were already there`)
  try {
    await benchList()
    await benchInspect(created.tags)
  } finally {
    if (options.keep) console.log('\n--keep: the bench images stay (baseline-bench/…, label com.baseline.bench=1)')
    else {
      const started = Date.now()
      const { removed, errors } = await removeBenchImages()
      console.log(`\nRemoved ${removed} bench images (${ms(Date.now() - started)})${errors.length ? `; ${errors.length} could not be removed` : ''}`)
    }
  }
}

main().catch((error) => {
  console.error(`images bench failed: ${error.message}`)
  process.exitCode = 1
})
