// Builds resources/catalog/catalog.json from the handbook's official-images.json (real facts
// from docker-library/repo-info) plus scratch and distroless, whose figures are approximate and
// say so. Run when the data changes: `node scripts/build-catalog.mjs [path/to/official-images.json]`.
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { extraEntries } from './catalog-extras.mjs'

const CATALOG_VERSION = 1
const source = resolve(process.argv[2] ?? '../shared/data/official-images.json')
const target = resolve('resources/catalog/catalog.json')

const VERSION_ENV = {
  python: 'PYTHON_VERSION', node: 'NODE_VERSION', golang: 'GOLANG_VERSION', rust: 'RUST_VERSION',
  'eclipse-temurin': 'JAVA_VERSION', ruby: 'RUBY_VERSION', php: 'PHP_VERSION', nginx: 'NGINX_VERSION',
}

function variantOf(tag, family) {
  if (family === 'alpine') return 'alpine'
  if (tag.includes('jdk')) return 'jdk'
  if (tag.includes('alpine-slim')) return 'alpine-slim'
  if (tag.includes('alpine')) return 'alpine'
  if (tag.includes('slim')) return 'slim'
  if (tag.includes('jre')) return 'jre'
  if (tag.includes('musl')) return 'musl'
  return 'full'
}

function versionOf(record) {
  const key = VERSION_ENV[record.image]
  const line = key && record.env.find((entry) => entry.startsWith(`${key}=`))
  if (line) return line.slice(key.length + 1).replace(/^jdk-/, '')
  const resolved = record.resolvedTag.split(':')[1] ?? ''
  return /^\d/.test(resolved) ? resolved.split('-')[0] : (record.osVersion.split(' ')[0] ?? null)
}

function entryOf(record) {
  return {
    reference: `${record.image}:${record.tag}`,
    family: record.image,
    tag: record.tag,
    resolvedTag: record.resolvedTag,
    version: versionOf(record),
    variant: variantOf(record.tag, record.image),
    os: record.os,
    osVersion: record.osVersion,
    libc: record.libc,
    shell: record.shell,
    hasShell: record.hasShell,
    hasBash: record.hasBash,
    packageManager: record.packageManager ?? null,
    sizeBytes: record.sizeBytes ?? null,
    sizeBytesPrecision: record.sizeBytesPrecision ?? null,
    compressedSizeBytes: record.compressedSizeBytes ?? null,
    isApproximate: false,
    created: record.created,
    imageId: record.imageId,
    manifestDigest: record.manifestDigest,
    layerCount: record.layerCount,
    history: record.history.map((step) => ({ createdBy: step.createdBy, isEmpty: step.emptyLayer })),
    env: record.env,
    source: record.source,
  }
}

const records = JSON.parse(readFileSync(source, 'utf8'))
const catalog = {
  catalogVersion: CATALOG_VERSION,
  platform: 'linux/amd64',
  sourceNote: 'Official images: docker-library/repo-info (builds of Jul–Sep 2026). Scratch and distroless: see each entry.',
  entries: [...records.filter((record) => record.platform === 'linux/amd64').map(entryOf), ...extraEntries],
}
writeFileSync(target, `${JSON.stringify(catalog, null, 1)}\n`)
console.log(`catalog v${CATALOG_VERSION}: ${catalog.entries.length} entries -> ${target}`)
