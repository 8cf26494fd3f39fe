// `baseline cat IMAGE FILE` of a 1 GiB file (only its first MiB is kept) beside `docker save IMAGE
// > /dev/null`, the floor: the file comes out of the engine's export, which streams past the
// whole layer. Figures only, never asserted: wall time and peak RSS, which must stay far below the
// file's size (the file is never held whole). The image is built once (FROM scratch + busybox,
// 1 GiB of random bytes) and kept; it needs no fixture and no registry.
//   node test/bench/files-bench.mjs [--runs 3]
import './lib/engine-env.mjs'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { measure } from './lib/measure.mjs'
import { median, ms } from './lib/timing.mjs'

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, strict: false })
const runs = Math.max(1, Number(options.runs))
const root = resolve(import.meta.dirname, '../..')
const bin = resolve(root, 'bin/baseline.js')
const MB = 1024 * 1024
const prefix = process.env.BASELINE_TEST_ENGINE === 'podman' ? 'localhost/' : ''
const REF = `${prefix}baseline-bench/files-1gb:1`
const VERSION_LABEL = 'com.baseline.bench.files-version'
const VERSION = '1'
const BIG = '/data/big.bin'

const label = () => spawnSync('docker', ['image', 'inspect', '--format', `{{index .Config.Labels "${VERSION_LABEL}"}}`, REF], { encoding: 'utf8' }).stdout.trim()

function ensureImage() {
  if (label() === VERSION) return 'already there, reused'
  const started = Date.now()
  const context = mkdtempSync(join(tmpdir(), 'baseline-files-bench-'))
  try {
    copyFileSync('/bin/busybox', join(context, 'busybox'))
    writeFileSync(join(context, 'Dockerfile'), [
      'FROM scratch',
      `LABEL com.baseline.bench="files" ${VERSION_LABEL}="${VERSION}"`,
      'COPY busybox /bin/busybox',
      'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
      `RUN mkdir -p /data && dd if=/dev/urandom of=${BIG} bs=1M count=1024 2>/dev/null`,
      'RUN echo small > /etc/small.txt',
      '',
    ].join('\n'))
    const built = spawnSync('docker', ['build', '--quiet', '--force-rm', '--tag', REF, context], { env: { ...process.env, DOCKER_BUILDKIT: '0' }, stdio: ['ignore', 'ignore', 'inherit'] })
    if (built.status !== 0) throw new Error(`docker build ${REF} exited ${built.status}`)
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
  return `built in ${ms(Date.now() - started)}`
}

/** A fresh, empty cache each time: the read must come from the export, not from the last run. */
async function baselineCat(path) {
  const cacheHome = mkdtempSync(join(tmpdir(), 'baseline-files-bench-cache-'))
  try {
    return await measure(process.execPath, [bin, 'cat', REF, path], { env: { ...process.env, XDG_CACHE_HOME: cacheHome }, cwd: root, okCodes: [0, 1] })
  } finally {
    rmSync(cacheHome, { recursive: true, force: true })
  }
}

const mb = (bytes) => `${Math.round(bytes / MB).toLocaleString('en-US')} MB`
const spread = (values, format) => (values.length > 1 ? `(${format(Math.min(...values))} – ${format(Math.max(...values))})` : '')
const row = (label, value, note = '') => console.log(`    ${label.padEnd(52)} ${value.padStart(10)}  ${note}`)

async function main() {
  const how = ensureImage()
  const [size, layers] = spawnSync('docker', ['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', REF], { encoding: 'utf8' }).stdout.trim().split(' ').map(Number)
  console.log(`files bench: baseline cat of a 1 GiB file beside docker save, median of ${runs} (after one untimed docker save)`)
  console.log(`\n  ${REF}: ${mb(size)}, ${layers} layers (${how})`)
  await measure('docker', ['save', REF])
  const saves = []
  const bigs = []
  const smalls = []
  for (let index = 0; index < runs; index += 1) {
    saves.push(await measure('docker', ['save', REF]))
    bigs.push(await baselineCat(BIG))
    smalls.push(await baselineCat('/etc/small.txt'))
  }
  const saveMs = median(saves.map((run) => run.wallMs))
  row('docker save IMAGE > /dev/null', ms(saveMs), spread(saves.map((run) => run.wallMs), ms))
  const bigMs = median(bigs.map((run) => run.wallMs))
  row(`baseline cat IMAGE ${BIG} > /dev/null`, ms(bigMs), `${spread(bigs.map((run) => run.wallMs), ms)} ${(bigMs / saveMs).toFixed(2)}x docker save`)
  row('  its peak RSS', mb(median(bigs.map((run) => run.peakRssBytes))), `${spread(bigs.map((run) => run.peakRssBytes), mb)} for a ${mb(1024 * MB)} file`)
  row('  what it said on stderr', '', bigs[0].stderr.split('\n').find((line) => line.startsWith('baseline:')) ?? '(nothing)')
  const smallMs = median(smalls.map((run) => run.wallMs))
  row('baseline cat IMAGE /etc/small.txt > /dev/null', ms(smallMs), `${spread(smalls.map((run) => run.wallMs), ms)} peak RSS ${mb(median(smalls.map((run) => run.peakRssBytes)))}`)
  console.log(`\nThe bench image stays for the next run. Remove it with:\n  docker image rm ${REF}`)
}

main().catch((error) => {
  console.error(`files bench failed: ${error.message}`)
  process.exitCode = 1
})
