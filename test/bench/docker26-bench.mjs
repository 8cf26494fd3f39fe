// On Docker 26 with the containerd image store (test/engines/start-docker26.sh): the list and a
// scan beside that engine's own CLI — `docker image ls` and `docker save IMAGE > /dev/null`, the
// floor a scan cannot beat (it reads the whole export). Figures only, never asserted; the load
// average is printed with them, since the machine is shared.
//   node test/bench/docker26-bench.mjs [--runs 3] [--image REF] [--copy-debian]
// --copy-debian first copies test/bench's Debian image (~20,000 files) from the default engine
// (docker save | docker load, a few minutes); without it the largest tagged image there is scanned.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { TEST_ENGINES } from '../engines/test-engines.mjs'
import { DEBIAN_BENCH_REF } from './lib/debian-bench-image.mjs'
import { medianOf, ms, timeCommand } from './lib/timing.mjs'

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, image: { type: 'string' }, 'copy-debian': { type: 'boolean', default: false } },
  strict: false,
})
const runs = Math.max(1, Number(options.runs))
const root = resolve(import.meta.dirname, '../..')
const bin = resolve(root, 'bin/baseline.js')
const host = TEST_ENGINES.docker26.host(process.env)
const engineEnv = { ...process.env, DOCKER_HOST: host, DOCKER_CONTEXT: '', npm_config_update_notifier: 'false' }

const onDocker26 = (args, extra = {}) => spawnSync('docker', args, { encoding: 'utf8', env: engineEnv, ...extra })
const row = (label, value, note = '') => console.log(`  ${label.padEnd(60)} ${value.padStart(10)}  ${note}`)
const spread = ({ samples }) => `(${ms(Math.min(...samples))} – ${ms(Math.max(...samples))})`
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')

/** The largest tagged image on Docker 26, by its content size (inspect: a number, where the list prints "4.7MB"). */
function largestImage() {
  const lines = onDocker26(['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}\t{{.ID}}']).stdout.trim().split('\n')
  const tagged = lines.map((line) => line.split('\t')).filter(([ref]) => ref && !ref.includes('<none>'))
  const sized = tagged.map(([ref]) => [ref, Number(onDocker26(['image', 'inspect', '--format', '{{.Size}}', ref]).stdout.trim())])
  return sized.sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

function copyDebianImage() {
  if (onDocker26(['image', 'inspect', DEBIAN_BENCH_REF]).status === 0) return
  console.log(`copying ${DEBIAN_BENCH_REF} from the default engine (docker save | docker load)…`)
  const copied = spawnSync('sh', ['-c', `docker save "$1" | DOCKER_HOST="$2" docker load --quiet`, 'sh', DEBIAN_BENCH_REF, host], { stdio: 'inherit' })
  if (copied.status !== 0) throw new Error(`could not copy ${DEBIAN_BENCH_REF}: is it built on the default engine (npm run bench builds it)?`)
}

/** `baseline scan REF --json` with a fresh, empty cache each time: the scan, never a cached answer. */
async function baselineScan(ref) {
  const cacheHome = mkdtempSync(join(tmpdir(), 'baseline-docker26-bench-'))
  try {
    return await timeCommand(process.execPath, [bin, 'scan', ref, '--json'], { cwd: root, env: { ...engineEnv, XDG_CACHE_HOME: cacheHome } })
  } finally {
    rmSync(cacheHome, { recursive: true, force: true })
  }
}

async function main() {
  const socket = host.replace(/^unix:\/\//, '')
  if (!existsSync(socket)) {
    console.log(`Docker 26 is not running at ${socket}: start it with test/engines/start-docker26.sh (skipped).`)
    return
  }
  if (!existsSync(bin) || !existsSync(resolve(root, 'out/cli'))) throw new Error('build first: npm run build')
  if (options['copy-debian']) copyDebianImage()
  const version = onDocker26(['version', '--format', '{{.Server.Version}} (API {{.Server.APIVersion}})']).stdout.trim()
  const count = onDocker26(['image', 'ls', '-q']).stdout.trim().split('\n').filter(Boolean).length
  console.log(`engine: ${TEST_ENGINES.docker26.title}, Docker ${version}, at ${host}; ${count} images`)
  console.log(`load average before: ${load()} (2 cores, shared)`)

  console.log(`\nList (median of ${runs} runs after one warm-up)`)
  const list = await medianOf(runs, () => timeCommand(process.execPath, [bin, 'images', '--json'], { cwd: root, env: engineEnv }))
  const dockerList = await medianOf(runs, () => timeCommand('docker', ['image', 'ls'], { env: engineEnv }))
  row('node bin/baseline.js images --json', ms(list.median), spread(list))
  row('docker image ls', ms(dockerList.median), spread(dockerList))
  row('ratio baseline / docker', '', `${(list.median / dockerList.median).toFixed(2)}x`)

  const ref = typeof options.image === 'string' ? options.image : options['copy-debian'] ? DEBIAN_BENCH_REF : largestImage()
  if (!ref) throw new Error('no tagged image on Docker 26 to scan')
  const size = onDocker26(['image', 'ls', '--format', '{{.Size}}', ref]).stdout.trim()
  console.log(`\nScan ${ref} (on disk ${size}; median of ${runs} runs after one warm-up, a fresh cache each)`)
  const scan = await medianOf(runs, () => baselineScan(ref))
  const save = await medianOf(runs, () => timeCommand('sh', ['-c', 'docker save "$1" > /dev/null', 'sh', ref], { env: engineEnv }))
  row(`node bin/baseline.js scan ${ref} --json`, ms(scan.median), spread(scan))
  row(`docker save ${ref} > /dev/null`, ms(save.median), spread(save))
  row('ratio baseline scan / docker save', '', `${(scan.median / save.median).toFixed(2)}x`)
  console.log(`\nload average after: ${load()}`)
}

main().catch((error) => {
  console.error(error.message)
  process.exitCode = 1
})
