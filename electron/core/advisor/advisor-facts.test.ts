import { describe, expect, it } from 'vitest'
import { deriveFacts, type FactsInput } from './advisor-facts'
import type { BuildLine } from './build-lines'
import { catalogueLines } from './advice-subject'
import { readNativeCode } from './native-code'
import { readBinaryFacts } from './binary-facts'
import { catalog } from './test-support/advisor-fixtures'

const run = (text: string, where = 'step 9', stage: BuildLine['stage'] = 'final'): BuildLine => ({ instruction: 'RUN', text, stage, where })
const env = (text: string, where = 'step 8'): BuildLine => ({ instruction: 'ENV', text, stage: 'final', where })
const copy = (text: string, where = 'step 10'): BuildLine => ({ instruction: 'COPY', text, stage: 'final', where })

function facts(overrides: Partial<FactsInput>): ReturnType<typeof deriveFacts> {
  return deriveFacts({
    reference: null, entry: null, baseLines: [], configEnv: [], catalog, workloadLines: [], isWorkloadKnown: true, entrypoint: null, debugInProduction: false,
    ...overrides,
  })
}

describe('deriveFacts: what the base is', () => {
  it('takes family and version line from the tag, and checks them against the ENV', () => {
    const base = facts({ reference: 'python:3.12-slim-bookworm', baseLines: [env('ENV PYTHON_VERSION=3.12.13')] }).base
    expect(base).toMatchObject({ family: 'python', versionLine: '3.12', variant: 'slim', codename: 'bookworm', libc: 'glibc', repository: 'python' })
    expect(base.evidence[0]).toBe('python:3.12-slim-bookworm: family python, version line 3.12 (from the tag); ENV PYTHON_VERSION=3.12.13 agrees.')
  })

  it('says when the ENV disagrees with the tag', () => {
    const base = facts({ reference: 'python:3.11', configEnv: ['PYTHON_VERSION=3.12.4'] }).base
    expect(base.evidence[0]).toContain('but ENV PYTHON_VERSION=3.12.4 says 3.12')
  })

  it('finds the family and line from the history ENV when no tag names the base', () => {
    const base = facts({ reference: 'mycorp/base:7', baseLines: [env('ENV NODE_VERSION=22.23.2')] }).base
    expect(base).toMatchObject({ family: 'node', versionLine: '22', repository: 'node', tag: null })
  })

  it('reads the Java major and JDK or JRE from the history', () => {
    const entry = catalog.byReference('eclipse-temurin:21-jre')
    const base = facts({ reference: 'eclipse-temurin:21', entry: null, baseLines: catalogueLines(entry) }).base
    expect(base).toMatchObject({ family: 'eclipse-temurin', versionLine: '21', variant: 'jre' })
  })

  it('reads the Debian release from the debuerreotype step', () => {
    const base = facts({ reference: null, baseLines: catalogueLines(catalog.byReference('debian:bookworm-slim')) }).base
    expect(base).toMatchObject({ family: 'debian', codename: 'bookworm', versionLine: 'bookworm', libc: 'glibc' })
  })

  it('knows distroless images by name and keeps mirrors of official ones', () => {
    expect(facts({ reference: 'gcr.io/distroless/nodejs22-debian12' }).base).toMatchObject({ family: 'node', variant: 'distroless', distroless: 'nodejs22', versionLine: '22' })
    expect(facts({ reference: 'mirror.example:5000/library/node:22-alpine' }).base).toMatchObject({ family: 'node', repository: 'mirror.example:5000/library/node', variant: 'alpine', libc: 'musl' })
  })
})

describe('readNativeCode: evidence of C extensions', () => {
  it('names the Python packages that carry native code, apart from the pure ones', () => {
    const found = readNativeCode([run('pip3 install --no-cache-dir -U "pandas>=2" requests psycopg2-binary[pool] Flask_Login')])
    expect(found.glibcNeeds.map((need) => need.what)).toEqual(['pip installs pandas and psycopg2-binary'])
    expect(found.purePython).toEqual(['requests', 'flask-login'])
  })

  it('treats requirement files, local paths and lock files as unknown, not pure', () => {
    const found = readNativeCode([run('python -m pip install -r requirements/prod.txt && pip install -e . && poetry install --no-root')])
    expect(found.opaquePython).toEqual(['requirements/prod.txt', '.', 'poetry.lock'])
    expect(found.purePython).toEqual([])
  })

  it('reads build tools from apt-get, and compilers run by hand', () => {
    const found = readNativeCode([run("apt-get update\tapt-get install -y --no-install-recommends gcc libxml2-dev curl; rm -rf /var/lib/apt/lists/*"), run('./configure && make && make install', 'step 11')])
    expect(found.glibcNeeds.map((need) => `${need.what} (${need.where})`)).toEqual(['apt-get installs gcc and libxml2-dev (step 9)', 'runs ./configure (step 11)'])
  })

  it('counts compiling on Alpine as a musl build, not a glibc need', () => {
    const found = readNativeCode([run('apk add --no-cache --virtual .build-deps build-base postgresql-dev && make')], true)
    expect(found.glibcNeeds).toEqual([])
    expect(found.muslBuilds).toHaveLength(2)
  })

  it('reads native npm addons and gems', () => {
    const found = readNativeCode([run('npm install --omit=dev bcrypt@5 express'), run('gem install nokogiri -v 1.16')])
    expect(found.glibcNeeds.map((need) => need.what)).toEqual(['npm installs bcrypt', 'gem installs nokogiri'])
  })
})

describe('readBinaryFacts: static binaries', () => {
  it('reads CGO_ENABLED=0 with go build, in any stage', () => {
    const found = readBinaryFacts([run('CGO_ENABLED=0 GOOS=linux go build -o /out/app .', 'line 5', 'build')], null)
    expect(found).toMatchObject({ isStaticInferred: false, cgo: null })
    expect(found.staticBinary).toContain('CGO_ENABLED=0 (line 5) and go build (line 5)')
  })

  it('reads a musl target of cargo as static', () => {
    expect(readBinaryFacts([run('cargo build --release --target x86_64-unknown-linux-musl')], null).staticBinary).toContain('x86_64-unknown-linux-musl')
  })

  it('infers a static binary from one file copied in and run, with no RUN step', () => {
    const found = readBinaryFacts([copy('COPY --chown=65532 /out/server /usr/local/bin/')], ['/usr/local/bin/server', '--port', '8080'])
    expect(found).toMatchObject({ isStaticInferred: true })
    expect(found.staticBinary).toContain('run as the entrypoint (/usr/local/bin/server)')
  })

  it('infers nothing when a RUN step sits beside the copied file, or the entrypoint is a script', () => {
    expect(readBinaryFacts([copy('COPY /out/server /server'), run('chmod +x /server')], ['/server']).staticBinary).toBeNull()
    expect(readBinaryFacts([copy('COPY start.sh /start.sh')], ['/start.sh']).staticBinary).toBeNull()
  })

  it('reads CGO_ENABLED=1 as a need for glibc', () => {
    expect(readBinaryFacts([env('ENV CGO_ENABLED=1')], null).cgo?.what).toBe('builds with CGO_ENABLED=1')
  })
})
