// The scan bench's real image: a debootstrapped Debian 12 with Python, its C headers, numpy/scipy/
// pandas and build tools, as application images that compile extensions are — about 20,000 files,
// most of them small, where the random-data images have a few big ones. Built once and kept: the
// debootstrap folder is cached, and the image carries a version label.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const DEBIAN_BENCH_REF = 'baseline-bench/debian-python:1'
const BASE_REF = 'baseline-bench/debian-base:bookworm'
const VERSION_LABEL = 'com.baseline.bench.debian-version'
const VERSION = '1'
const ROOTFS = process.env.BASELINE_BENCH_ROOTFS ?? '/var/cache/baseline-bench/bookworm-minbase'

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options })
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 3).join(' ')} … exited ${result.status}`)
  return result
}

const label = (ref) =>
  spawnSync('docker', ['image', 'inspect', '--format', `{{index .Config.Labels "${VERSION_LABEL}"}}`, ref], { encoding: 'utf8' }).stdout.trim()

/** debootstrap into a temp folder beside the cache, renamed when complete: a killed run leaves no half root. */
function ensureRootfs() {
  if (existsSync(join(ROOTFS, 'etc/os-release'))) return
  mkdirSync(join(ROOTFS, '..'), { recursive: true })
  const partial = `${ROOTFS}.partial-${process.pid}`
  console.error(`[bench] debootstrap --variant=minbase bookworm ${partial} (about a minute)`)
  run('debootstrap', ['--variant=minbase', 'bookworm', partial])
  renameSync(partial, ROOTFS)
}

/**
 * The debootstrapped Debian 12 as an image (imported once, kept under a stable tag): the bench's
 * base, and the integration suite's for its package fixtures (test/fixtures/packages).
 */
export function ensureDebianBase() {
  if (label(BASE_REF) !== '') return BASE_REF
  ensureRootfs()
  console.error(`[bench] docker import of ${ROOTFS} as ${BASE_REF}`)
  run('sh', ['-c', `tar -C '${ROOTFS}' -c . | docker import --change 'LABEL ${VERSION_LABEL}=base' - ${BASE_REF}`])
  return BASE_REF
}

export function ensureDebianBenchImage() {
  if (label(DEBIAN_BENCH_REF) === VERSION) return DEBIAN_BENCH_REF
  ensureDebianBase()
  const context = mkdtempSync(join(tmpdir(), 'baseline-bench-debian-'))
  try {
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        `FROM ${BASE_REF}`,
        'RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-dev python3-pip python3-venv build-essential python3-numpy python3-scipy python3-pandas git ca-certificates && rm -rf /var/lib/apt/lists/*',
        'RUN python3 -m venv /opt/venv && rm -rf /root/.cache',
        `LABEL ${VERSION_LABEL}=${VERSION}`,
      ].join('\n') + '\n',
    )
    console.error(`[bench] docker build ${DEBIAN_BENCH_REF} (apt-get from Debian's mirror: a few minutes)`)
    run('docker', ['build', '--network', 'host', '-t', DEBIAN_BENCH_REF, context], { env: { ...process.env, DOCKER_BUILDKIT: '0' } })
  } finally {
    rmSync(context, { recursive: true, force: true })
  }
  return DEBIAN_BENCH_REF
}
