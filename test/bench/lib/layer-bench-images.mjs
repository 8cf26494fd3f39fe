// The layers bench's images: about 1 GB and 3 GB of random (incompressible) files of mixed sizes,
// built once with the classic builder and kept between runs — building 3 GB costs minutes, the
// scan being measured costs seconds.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { requireTs } from './require-ts.mjs'

const fixtures = requireTs('../../fixtures/images/index.ts')
const { imageLabel } = requireTs('../../fixtures/images/docker-cli.ts')

export const LAYERS_BENCH_LABEL = 'com.baseline.bench'
export const LAYERS_BENCH_VALUE = 'layers'
/** Bump when the content below changes: an image with another version is rebuilt. */
const CONTENT_VERSION = '1'
const VERSION_LABEL = 'com.baseline.bench.layers-version'

export const benchRef = (gigabytes) => `${fixtures.BENCH_REPO}/layers:${gigabytes}gb`
export const removeCommand = `docker image rm $(docker image ls -q --filter label=${LAYERS_BENCH_LABEL}=${LAYERS_BENCH_VALUE})`

/** n files of each size, in 40 folders: `head -c` of /dev/urandom, one busybox call per file. */
const manyFiles = (folder, sizes, perSize) =>
  `mkdir -p ${folder} && for d in $(seq 0 39); do mkdir -p ${folder}/d$d; done && ` +
  `for size in ${sizes.join(' ')}; do i=0; while [ $i -lt ${perSize} ]; do ` +
  `head -c $size /dev/urandom > ${folder}/d$((i % 40))/f$size-$i; i=$((i+1)); done; done`

const bigFiles = (folder, count, megabytes) =>
  `mkdir -p ${folder} && for i in $(seq 1 ${count}); do dd if=/dev/urandom of=${folder}/blob-$i.bin bs=1M count=${megabytes} 2>/dev/null; done`

/**
 * Per gigabyte: ~8,000 files of 0.5–128 KB (~260 MB), 200 files of 0.25–2 MB (~200 MB), two of
 * 175 MB, then one of those overwritten and half the middle files deleted (waste to find). Three
 * gigabytes triples every count, so the file count grows with the size as in real images.
 */
function dockerfile(gigabytes) {
  const small = [512, 2048, 4096, 8192, 16384, 32768, 65536, 131072]
  const medium = [262144, 524288, 1048576, 2097152]
  return [
    'FROM scratch',
    `LABEL ${LAYERS_BENCH_LABEL}="${LAYERS_BENCH_VALUE}" ${VERSION_LABEL}="${CONTENT_VERSION}"`,
    'COPY busybox /bin/busybox',
    'RUN ["/bin/busybox", "--install", "-s", "/bin"]',
    `RUN ${manyFiles('/app/lib', small, 1000 * gigabytes)}`,
    `RUN ${manyFiles('/app/assets', medium, 50 * gigabytes)}`,
    `RUN ${bigFiles('/opt/models', 2 * gigabytes, 175)}`,
    `RUN ${bigFiles('/opt/models', gigabytes, 175)} && rm -f /app/assets/d1*/* /app/assets/d3*/*`,
    'CMD ["sh"]',
    '',
  ].join('\n')
}

function build(ref, gigabytes) {
  const context = mkdtempSync(join(tmpdir(), 'baseline-layers-bench-'))
  try {
    writeFileSync(join(context, 'Dockerfile'), dockerfile(gigabytes))
    copyFileSync('/bin/busybox', join(context, 'busybox'))
    // The classic builder: the docker CLI here has no buildx, and it needs no registry.
    const env = { ...process.env, DOCKER_BUILDKIT: '0' }
    return new Promise((resolve, reject) => {
      const child = spawn('docker', ['build', '--quiet', '--force-rm', '--tag', ref, context], { env, stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk) => (stderr += chunk.toString()))
      child.on('error', reject)
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`docker build ${ref} exited ${code}: ${stderr.trim()}`))))
    }).finally(() => rmSync(context, { recursive: true, force: true }))
  } catch (error) {
    rmSync(context, { recursive: true, force: true })
    throw error
  }
}

/** Builds the image unless one of this content version is there; returns what the engine says of it. */
export async function ensureLayersBenchImage(gigabytes) {
  const ref = benchRef(gigabytes)
  const started = Date.now()
  const present = (await imageLabel(ref, VERSION_LABEL)) === CONTENT_VERSION
  if (!present) await build(ref, gigabytes)
  const [size, layers] = (await fixtures.docker(['image', 'inspect', '--format', '{{.Size}} {{len .RootFS.Layers}}', ref])).trim().split(' ')
  return { ref, built: !present, buildMs: Date.now() - started, sizeBytes: Number(size), layerCount: Number(layers) }
}

/** Bytes free where the engine stores images (`df` on /var/lib/docker), and the line df prints. */
export async function dockerDiskRoom() {
  const run = (args) => new Promise((resolve) => {
    const child = spawn('df', args, { stdio: ['ignore', 'pipe', 'ignore'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk.toString()))
    child.on('close', () => resolve(out.trim()))
    child.on('error', () => resolve(''))
  })
  const human = (await run(['-h', '/var/lib/docker'])).split('\n').slice(-1)[0] ?? ''
  const avail = Number((await run(['-B1', '--output=avail', '/var/lib/docker'])).split('\n').slice(-1)[0])
  return { availBytes: Number.isFinite(avail) ? avail : null, line: human }
}
