// `baseline scan IMAGE --json` beside `docker save IMAGE > /dev/null` (the floor: the engine's own
// export, which the scan has to read whole), on a real Debian image with Python and build tools
// (~20,000 mostly small files) and on images of about 1 GB and 3 GB of random data.
// Figures only: the targets are printed next to them, never asserted.
//   node test/bench/layers-bench.mjs [--sizes 1,3] [--runs 3] [--debian false]
// Targets: on the Debian image (issue 13) at most 1.15x the floor and peak RSS at most 200 MB; on
// the random ones (issue 7) at most 1.3x, peak RSS under 300 MB at 1 GB and not growing in
// proportion to the image size. The images are kept (building them takes minutes).
import './lib/engine-env.mjs'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { DEBIAN_BENCH_REF, ensureDebianBenchImage } from './lib/debian-bench-image.mjs'
import { benchRef, dockerDiskRoom, ensureLayersBenchImage, removeCommand } from './lib/layer-bench-images.mjs'
import { measure as measureCommand } from './lib/measure.mjs'
import { median, ms } from './lib/timing.mjs'

// Not strict: `npm run bench -- --keep --count 500` hands every bench the same arguments. The
// images are kept whatever is asked (see removeCommand).
const { values: options } = parseArgs({
  options: { sizes: { type: 'string', default: '1,3' }, runs: { type: 'string', default: '3' }, debian: { type: 'string', default: 'true' } },
  strict: false,
})
const sizes = String(options.sizes).split(',').map(Number).filter((size) => size > 0)
const runs = Math.max(1, Number(options.runs))
const root = resolve(import.meta.dirname, '../..')
const bin = resolve(root, 'bin/baseline.js')
const MB = 1024 * 1024

const measure = (command, args, env = process.env) => measureCommand(command, args, { env, cwd: root })

const dockerSave = (ref) => measure('docker', ['save', ref])

// The compiled parser alone on docker save's output: no engine client, analysis, cache or JSON
// printing. Set beside the CLI's figure it says whether the time goes to parsing or around it.
const PARSER_ONLY = `require(${JSON.stringify(resolve(root, 'out/cli/electron/core/layers/scan-export.js'))})` +
  '.scanExport(process.stdin).then(() => undefined, (error) => { console.error(error.message); process.exitCode = 1 })'
const parserOnly = (ref) =>
  measure('sh', ['-c', `docker save "$1" | "$2" -e "$3"`, 'sh', ref, process.execPath, PARSER_ONLY])

/** A fresh, empty cache for every scan (XDG_CACHE_HOME), removed whatever happens. */
async function baselineScan(ref) {
  const cacheHome = mkdtempSync(join(tmpdir(), 'baseline-layers-bench-cache-'))
  try {
    return await measure(process.execPath, [bin, 'scan', ref, '--json'], { ...process.env, XDG_CACHE_HOME: cacheHome })
  } finally {
    rmSync(cacheHome, { recursive: true, force: true })
  }
}

const mb = (bytes) => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`
const gb = (bytes) => `${(bytes / 1e9).toFixed(2)} GB`
const spread = (values, format) => (values.length > 1 ? `(${format(Math.min(...values))} – ${format(Math.max(...values))})` : '')
const row = (label, value, note = '') => console.log(`    ${label.padEnd(52)} ${value.padStart(10)}  ${note}`)
const met = (isMet) => (isMet ? 'met' : 'NOT met')

/** The random-data image of this many gigabytes, with its targets. */
async function randomImage(gigabytes) {
  const image = await ensureLayersBenchImage(gigabytes)
  const how = image.built ? `built in ${ms(image.buildMs)}` : 'already there, reused'
  return { ...image, gigabytes, how, maxRatio: 1.3, maxRssBytes: gigabytes === 1 ? 300 * MB : null }
}

/** The real Debian image (built once, minutes), with its tighter targets. */
function debianImage() {
  const started = Date.now()
  ensureDebianBenchImage()
  const inspect = spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', DEBIAN_BENCH_REF], { encoding: 'utf8' })
  const [sizeBytes, layerCount] = inspect.stdout.trim().split(' ').map(Number)
  const how = Date.now() - started > 10_000 ? `built in ${ms(Date.now() - started)}` : 'already there, reused'
  return { ref: DEBIAN_BENCH_REF, sizeBytes, layerCount, gigabytes: null, how, maxRatio: 1.15, maxRssBytes: 200 * MB }
}

/** One untimed export warms the page cache; then save and scan alternate so drift hits both. */
async function benchImage(image, canScan) {
  const { gigabytes } = image
  console.log(`\n  ${image.ref}: ${gb(image.sizeBytes)}, ${image.layerCount} layers (${image.how})`)
  await dockerSave(image.ref)
  const saves = []
  const scans = []
  const parsers = []
  for (let index = 0; index < runs; index += 1) {
    saves.push(await dockerSave(image.ref))
    if (canScan) scans.push(await baselineScan(image.ref))
    if (canScan) parsers.push(await parserOnly(image.ref))
  }
  const saveMs = median(saves.map((run) => run.wallMs))
  row('docker save IMAGE > /dev/null', ms(saveMs), spread(saves.map((run) => run.wallMs), ms))
  if (!canScan) return { gigabytes, sizeBytes: image.sizeBytes, peakRssBytes: null }
  const scanMs = median(scans.map((run) => run.wallMs))
  const peak = median(scans.map((run) => run.peakRssBytes))
  const ratio = scanMs / saveMs
  row('node bin/baseline.js scan IMAGE --json > /dev/null', ms(scanMs), spread(scans.map((run) => run.wallMs), ms))
  row('ratio scan / docker save', `${ratio.toFixed(3)}x`, `target ≤ ${image.maxRatio}x: ${met(ratio <= image.maxRatio)}`)
  const parserMs = median(parsers.map((run) => run.wallMs))
  row('for reference: docker save IMAGE | scanExport(stdin)', ms(parserMs), `${spread(parsers.map((run) => run.wallMs), ms)} the parser alone, ${(parserMs / saveMs).toFixed(2)}x`)
  const rssNote = image.maxRssBytes !== null ? `target ≤ ${mb(image.maxRssBytes)}: ${met(peak <= image.maxRssBytes)}` : 'see the growth line below'
  row('scan peak RSS', mb(peak), `${spread(scans.map((run) => run.peakRssBytes), mb)} ${rssNote}`)
  return { gigabytes, sizeBytes: image.sizeBytes, peakRssBytes: peak }
}

/** Proportional growth would triple the peak from 1 GB to 3 GB; half of that extra is the line drawn. */
function printGrowth(results) {
  const measured = results.filter((result) => result.peakRssBytes !== null)
  if (measured.length < 2) return
  const [small, large] = [measured[0], measured[measured.length - 1]]
  const sizeRatio = large.sizeBytes / small.sizeBytes
  const rssRatio = large.peakRssBytes / small.peakRssBytes
  console.log(`\n  Peak RSS ${mb(small.peakRssBytes)} at ${gb(small.sizeBytes)} -> ${mb(large.peakRssBytes)} at ${gb(large.sizeBytes)}`)
  row('growth of peak RSS / growth of image size', `${rssRatio.toFixed(2)}x / ${sizeRatio.toFixed(2)}x`,
    `target: not in proportion (≤ ${(1 + (sizeRatio - 1) / 2).toFixed(2)}x): ${met(rssRatio <= 1 + (sizeRatio - 1) / 2)}`)
}

async function scanCommandExists() {
  if (!existsSync(resolve(root, 'out/cli/electron/cli/index.js'))) return false
  const help = await new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [bin, '--help'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk.toString()))
    child.stderr.on('data', (chunk) => (out += chunk.toString()))
    child.on('close', () => resolvePromise(out))
  })
  return /^\s+scan\b/m.test(help) || /baseline scan/.test(help)
}

async function main() {
  const disk = await dockerDiskRoom()
  console.log(`layers bench: scan beside docker save, median of ${runs} (after one untimed docker save)`)
  console.log(`  df -h /var/lib/docker: ${disk.line}`)
  const canScan = await scanCommandExists()
  if (!canScan) console.log('  `baseline scan` is not in the built CLI (npx tsc -p tsconfig.cli.json?): docker save figures only')
  if (options.debian !== 'false') await benchImage(debianImage(), canScan)
  const results = []
  for (const gigabytes of sizes) {
    // Building needs the layers plus the build container's copy of the last step: twice the size, and slack.
    const needed = 2.5 * gigabytes * 1e9
    const present = await isBenchImagePresent(gigabytes)
    if (!present && disk.availBytes !== null && disk.availBytes < needed) {
      console.log(`\n  ${benchRef(gigabytes)}: skipped, only ${gb(disk.availBytes)} free under /var/lib/docker (${gb(needed)} needed)`)
      continue
    }
    results.push(await benchImage(await randomImage(gigabytes), canScan))
  }
  printGrowth(results)
  console.log(`\nThe bench images stay for the next run. Remove them with:\n  ${removeCommand}\n  docker image rm ${DEBIAN_BENCH_REF}`)
}

async function isBenchImagePresent(gigabytes) {
  const out = await new Promise((resolvePromise) => {
    const child = spawn('docker', ['image', 'inspect', '--format', '{{.Id}}', benchRef(gigabytes)], { stdio: ['ignore', 'pipe', 'ignore'] })
    let text = ''
    child.stdout.on('data', (chunk) => (text += chunk.toString()))
    child.on('close', (code) => resolvePromise(code === 0 ? text.trim() : ''))
  })
  return out !== ''
}

main().catch((error) => {
  console.error(`layers bench failed: ${error.message}`)
  process.exitCode = 1
})
