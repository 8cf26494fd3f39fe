import { describe, expect, it } from 'vitest'
import { adviseForReference } from './advise-entry'
import type { BuildLine } from './build-lines'
import { catalog, recommended } from './test-support/advisor-fixtures'

interface Row {
  reference: string
  recommended: string | null
  /** Every excluded variant, with a phrase its reason must contain. */
  excluded: Array<[string, string]>
  isMinimal?: boolean
}

const STATIC = 'Nothing shows a static binary'

// Every official family of the catalogue, plus scratch and distroless, given as a bare reference
// (suggest --from REF): nothing is known of what runs on the base.
const families: Row[] = [
  { reference: 'python:3.12', recommended: 'python:3.12-slim', excluded: [['gcr.io/distroless/python3-debian12', "Debian 12's Python 3.11, and python:3.12 is on Python 3.12"]] },
  { reference: 'node:22', recommended: 'node:22-alpine', excluded: [] },
  { reference: 'golang:1.26', recommended: 'gcr.io/distroless/base-debian12', excluded: [['gcr.io/distroless/static-debian12', STATIC], ['scratch', STATIC]] },
  { reference: 'eclipse-temurin:21-jdk', recommended: 'eclipse-temurin:21-jre', excluded: [] },
  { reference: 'ruby:3.4', recommended: 'ruby:3.4-alpine', excluded: [] },
  { reference: 'php:8.5.10-cli-trixie', recommended: 'php:8.5.10-cli-alpine', excluded: [] },
  {
    reference: 'rust:1-trixie',
    recommended: 'gcr.io/distroless/cc-debian12',
    excluded: [['rust:1-alpine', 'Larger than rust:1-slim-trixie (1.02 GB vs 921 MB, on disk)'], ['gcr.io/distroless/static-debian12', STATIC], ['scratch', STATIC]],
  },
  { reference: 'nginx:latest', recommended: 'nginx:alpine-slim', excluded: [] },
  { reference: 'debian:bookworm', recommended: 'debian:bookworm-slim', excluded: [] },
  { reference: 'ubuntu:24.04', recommended: 'alpine:3.24', excluded: [['debian:trixie-slim', 'Not smaller than ubuntu:24.04 (78.6 MB vs 78.2 MB, on disk)']] },
  { reference: 'alpine:3.24', recommended: null, excluded: [], isMinimal: true },
  { reference: 'busybox:1.37.0', recommended: 'busybox:1.37.0-musl', excluded: [] },
  { reference: 'scratch', recommended: null, excluded: [], isMinimal: true },
  { reference: 'gcr.io/distroless/static-debian12', recommended: null, excluded: [], isMinimal: true },
  { reference: 'gcr.io/distroless/base-debian12', recommended: null, excluded: [['gcr.io/distroless/static-debian12', STATIC], ['scratch', STATIC]], isMinimal: true },
  { reference: 'gcr.io/distroless/python3-debian12', recommended: null, excluded: [], isMinimal: true },
  { reference: 'gcr.io/distroless/nodejs22-debian12', recommended: null, excluded: [], isMinimal: true },
  { reference: 'gcr.io/distroless/java21-debian12', recommended: null, excluded: [], isMinimal: true },
  // Variants further along than full.
  { reference: 'python:3.12-slim', recommended: null, excluded: [['gcr.io/distroless/python3-debian12', 'the switch would change the release line']] },
  { reference: 'python:3.12-alpine', recommended: null, excluded: [['gcr.io/distroless/python3-debian12', 'the switch would change the release line']], isMinimal: true },
  { reference: 'node:22-alpine', recommended: 'gcr.io/distroless/nodejs22-debian12', excluded: [] },
  { reference: 'eclipse-temurin:21-jre', recommended: 'eclipse-temurin:21-jre-alpine', excluded: [['gcr.io/distroless/java21-debian12', 'Not smaller than eclipse-temurin:21-jre (220 MB vs 121 MB, compressed)']] },
  { reference: 'nginx:alpine', recommended: 'nginx:alpine-slim', excluded: [] },
  { reference: 'debian:trixie-slim', recommended: 'alpine:3.24', excluded: [] },
]

describe('variant rules over every family of the catalogue', () => {
  it.each(families)('$reference', (row) => {
    const advice = adviseForReference({ reference: row.reference, localImages: [], catalog })
    expect(recommended(advice)?.reference ?? null).toBe(row.recommended)
    expect(advice.excluded.map((item) => item.reference)).toEqual(row.excluded.map(([reference]) => reference))
    for (const [reference, phrase] of row.excluded) {
      expect(advice.excluded.find((item) => item.reference === reference)?.reason).toContain(phrase)
    }
    expect(advice.isMinimal).toBe(row.isMinimal ?? false)
    if (row.isMinimal) {
      expect(advice.candidates).toEqual([])
      expect(advice.note).toMatch(/already|nothing is smaller/)
    }
    expect(advice.candidates.filter((item) => item.recommended)).toHaveLength(row.recommended === null ? 0 : 1)
  })

  it('states the rule that chose, for every recommendation', () => {
    for (const row of families.filter((item) => item.recommended !== null)) {
      const choice = recommended(adviseForReference({ reference: row.reference, localImages: [], catalog }))
      expect(choice?.reason, row.reference).toMatch(/\S{10,}/)
    }
  })
})

const line = (instruction: string, text: string, stage: BuildLine['stage'] = 'final', where = 'line 3'): BuildLine => ({ instruction, text, stage, where })

describe('variant rules driven by what is built on the base', () => {
  it('keeps Python with C extensions off Alpine and says why', () => {
    const advice = adviseForReference({ reference: 'python:3.12', localImages: [], catalog, lines: [line('RUN', 'pip install --no-cache-dir numpy pandas')] })
    expect(recommended(advice)?.reference).toBe('python:3.12-slim')
    expect(advice.excluded).toContainEqual({
      reference: 'python:3.12-alpine',
      reason: 'pip installs numpy and pandas: musl has no manylinux wheels, so pip builds from source (compilers and headers needed) or fails, unless a musllinux wheel exists.',
    })
  })

  it('sends pure Python to Alpine', () => {
    const advice = adviseForReference({ reference: 'python:3.12', localImages: [], catalog, lines: [line('RUN', 'pip install flask gunicorn')] })
    expect(recommended(advice)?.reference).toBe('python:3.12-alpine')
    expect(recommended(advice)?.reason).toContain('Pure Python (pip installs flask and gunicorn; no C extension)')
  })

  it('sends a static Go binary from a build stage to distroless static', () => {
    const advice = adviseForReference({
      reference: 'golang:1.26',
      localImages: [],
      catalog,
      lines: [line('ENV', 'ENV CGO_ENABLED=0', 'build', 'line 2'), line('RUN', 'go build -o /out/server ./cmd/server', 'build', 'line 4')],
    })
    expect(recommended(advice)?.reference).toBe('gcr.io/distroless/static-debian12')
    expect(recommended(advice)?.reason).toContain('CGO_ENABLED=0 (line 2) and go build (line 4): a static Go binary')
    expect(advice.candidates.map((item) => item.reference)).toContain('scratch')
  })

  it('keeps slim Debian over distroless when people debug in production', () => {
    const advice = adviseForReference({ reference: 'golang:1.26', localImages: [], catalog, debugInProduction: true })
    expect(recommended(advice)?.reference).toBe('debian:trixie-slim')
    expect(advice.excluded.find((item) => item.reference === 'gcr.io/distroless/base-debian12')?.reason).toContain('People debug these containers in production')
  })

  it('keeps PHP with compiled extensions on Debian', () => {
    const advice = adviseForReference({
      reference: 'php:8.5.10-cli-trixie', localImages: [], catalog,
      lines: [line('RUN', 'apt-get update && apt-get install -y libpq-dev && docker-php-ext-install pdo_pgsql')],
    })
    expect(advice.candidates).toEqual([])
    expect(advice.excluded[0]?.reason).toContain('apt-get installs libpq-dev')
    expect(advice.isMinimal).toBe(true)
  })

  it('keeps nginx modules when the build loads them', () => {
    const advice = adviseForReference({ reference: 'nginx:latest', localImages: [], catalog, lines: [line('RUN', "echo 'load_module modules/ngx_http_js_module.so;' > /etc/nginx/modules.conf")] })
    expect(recommended(advice)?.reference).toBe('nginx:alpine')
  })
})

describe('variant rules for toolchains on Alpine', () => {
  it.each([
    ['golang:1.26-alpine', 'has no C compiler, so cgo is off'],
    ['rust:1-alpine3.24', 'targets musl, which links statically by default'],
  ])('reads a static binary from %s', (reference, phrase) => {
    const choice = recommended(adviseForReference({ reference, localImages: [], catalog }))
    expect(choice?.reference).toBe('gcr.io/distroless/static-debian12')
    expect(choice?.reason).toContain(phrase)
  })

  it('does not when the build adds a C compiler', () => {
    const advice = adviseForReference({ reference: 'golang:1.26-alpine', localImages: [], catalog, lines: [line('RUN', 'apk add --no-cache build-base')] })
    expect(advice.excluded.map((item) => item.reference)).toEqual(['gcr.io/distroless/static-debian12', 'scratch'])
    expect(advice.evidence).toContain('apk adds build-base (line 3): it compiles against musl.')
    expect(recommended(advice)?.reference).toBe('alpine:3.24')
  })
})
