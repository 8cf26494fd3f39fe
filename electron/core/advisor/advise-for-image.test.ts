import { describe, expect, it } from 'vitest'
import { analyzeImage } from '../analysis/analyze-image'
import { asLocal, fakeId, image, officialSteps, retag, steps } from '../analysis/test-support/fixtures'
import { threeLevels } from '../analysis/test-support/scenario'
import {
  adviceFor, built, candidate, catalog, copy, exclusion, localSummary, meta, recommended, run,
} from './test-support/advisor-fixtures'
import { adviseForImage } from './advise-entry'

describe('adviseForImage: Python', () => {
  it('never advises Alpine when the history installs numpy, and says why', () => {
    const app = built({ base: 'python:3.12', own: [meta('WORKDIR /app'), run('pip install --no-cache-dir numpy==2.1.0 flask'), copy('. .')] })
    const advice = adviceFor(app)
    expect(recommended(advice)?.reference).toBe('python:3.12-slim')
    expect(advice.candidates.some((item) => item.libc === 'musl')).toBe(false)
    expect(exclusion(advice, 'python:3.12-alpine')).toBe(
      'pip installs numpy: musl has no manylinux wheels, so pip builds from source (compilers and headers needed) or fails, unless a musllinux wheel exists.',
    )
    expect(advice.evidence).toContain(
      'pip installs numpy (step 15): musl has no manylinux wheels, so pip builds from source (compilers and headers needed) or fails, unless a musllinux wheel exists.',
    )
  })

  it('reads C extensions from apt-get -dev packages and compilers too', () => {
    const app = built({ base: 'python:3.12', own: [run('apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev'), run('pip install -r requirements.txt')] })
    expect(exclusion(adviceFor(app), 'python:3.12-alpine')).toContain('apt-get installs build-essential and libpq-dev')
  })

  it('sends pure Python to Alpine', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask requests'), copy('app.py /app/app.py'), meta('CMD ["python" "/app/app.py"]')] })
    const advice = adviceFor(app)
    expect(recommended(advice)).toMatchObject({ reference: 'python:3.12-alpine', libc: 'musl', variant: 'alpine', attackSurface: 'small' })
    expect(recommended(advice)?.reason).toContain('Pure Python (pip installs flask and requests; no C extension)')
    expect(advice.excluded.map((item) => item.reference)).toEqual(['gcr.io/distroless/python3-debian12'])
  })

  it('keeps -slim when pip installs from a file the history does not show', () => {
    const advice = adviceFor(built({ base: 'python:3.12', own: [copy('requirements.txt .'), run('pip install -r requirements.txt')] }))
    expect(recommended(advice)?.reference).toBe('python:3.12-slim')
    expect(recommended(advice)?.reason).toContain('pip installs from requirements.txt, which the history does not show')
    expect(candidate(advice, 'python:3.12-alpine')).not.toBeNull()
  })

  it('keeps slim Debian over Alpine and distroless when people debug in production', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')] })
    const advice = adviceFor(app, { debugInProduction: true })
    expect(recommended(advice)?.reference).toBe('python:3.12-slim')
    expect(recommended(advice)?.reason).toContain('People debug these containers in production')
    expect(exclusion(advice, 'gcr.io/distroless/python3-debian12')).toContain('has no shell or package manager')
  })

  it("rules out distroless python3 for another Python line: it carries Debian's Python, not the base's", () => {
    const advice = adviceFor(built({ base: 'python:3.12', own: [copy('app.py /app/app.py')] }))
    expect(candidate(advice, 'gcr.io/distroless/python3-debian12')).toBeNull()
    expect(exclusion(advice, 'gcr.io/distroless/python3-debian12')).toContain("It carries Debian 12's Python 3.11, and python:3.12 is on Python 3.12")
  })
})

describe('adviseForImage: compiled programs and Java', () => {
  it('advises distroless static for a binary copied out of a builder stage', () => {
    const app = built({ base: 'alpine:3.24', own: [copy('/out/server /usr/local/bin/server'), meta('USER 65532')], entrypoint: ['/usr/local/bin/server'] })
    const advice = adviceFor(app)
    expect(recommended(advice)?.reference).toBe('gcr.io/distroless/static-debian12')
    expect(candidate(advice, 'scratch')?.caveats).toContain('The history cannot prove the binary is static: check with `file` or `ldd` before switching.')
    expect(advice.isMinimal).toBe(false)
  })

  it('reads the classic builder\'s "COPY file:… in" the same way', () => {
    const app = built({ base: 'debian:bookworm-slim', own: [{ createdBy: '/bin/sh -c #(nop) COPY file:0123abcd in /app/server ', sizeBytes: 9_000_000 }], cmd: ['/app/server'] })
    expect(recommended(adviceFor(app))?.reference).toBe('gcr.io/distroless/static-debian12')
  })

  it('advises distroless static when a single-stage Go build sets CGO_ENABLED=0', () => {
    const app = built({ base: 'golang:1.26', own: [meta('ENV CGO_ENABLED=0'), copy('. .'), run('go build -o /server ./cmd/server')], entrypoint: ['/server'] })
    const advice = adviceFor(app)
    expect(recommended(advice)?.reference).toBe('gcr.io/distroless/static-debian12')
    expect(candidate(advice, 'golang:1.26-alpine')?.fromLine).toMatch(/^FROM golang:1\.26-alpine@sha256:[0-9a-f]{64} AS build$/)
  })

  it('does not take a copied shell script for a static binary', () => {
    const app = built({ base: 'alpine:3.24', own: [copy('entrypoint.sh /entrypoint.sh')], entrypoint: ['/entrypoint.sh'] })
    const advice = adviceFor(app)
    expect(advice.isMinimal).toBe(true)
    expect(advice.note).toContain('already minimal')
  })

  it('advises a JRE rather than the JDK, and keeps the JDK for the build', () => {
    const app = built({ base: 'eclipse-temurin:21-jdk', own: [copy('. /src'), run('./mvnw -q package'), meta('CMD ["java" "-jar" "/src/target/app.jar"]')] })
    const advice = adviceFor(app)
    expect(advice.current).toMatchObject({ reference: 'eclipse-temurin:21-jdk', family: 'eclipse-temurin', variant: 'jdk', libc: 'glibc' })
    expect(recommended(advice)?.reference).toBe('eclipse-temurin:21-jre')
    expect(recommended(advice)?.reason).toContain('builds Java with ./mvnw')
  })
})

describe('adviseForImage: sizes, pins and local variants', () => {
  it('measures the base from its layers here and gives an exact delta against catalogue on-disk figures', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')] })
    const advice = adviceFor(app)
    expect(advice.current).toMatchObject({ reference: 'python:3.12', sizeBytes: app.analysis.baseSizeBytes, sizeSource: 'measured, on disk' })
    expect(candidate(advice, 'python:3.12-alpine')).toMatchObject({ sizeBytes: 48_890_000, sizeSource: 'catalogue, on disk', deltaBytes: 48_890_000 - app.analysis.baseSizeBytes })
  })

  it('pins the FROM line to the version line and the catalogue digest, for linux/amd64', () => {
    const slim = candidate(adviceFor(built({ base: 'python:3.12', own: [run('pip install numpy')] })), 'python:3.12-slim')
    const digest = catalog.byReference('python:3.12-slim')?.manifestDigest
    expect(slim?.fromLine).toBe(`FROM python:3.12-slim@${digest}`)
    expect(slim?.caveats.some((text) => text.includes('linux/amd64') && text.includes('built 2026-08-05'))).toBe(true)
  })

  it('offers a local -slim sibling of the image with its measured size and the exact delta', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')], tags: ['shop/api:1.4.0'] })
    const sibling = localSummary(fakeId('api-slim'), ['shop/api:1.4.0-slim'], 180_000_000)
    const advice = adviceFor(app, { localImages: [app.detail.summary, sibling] })
    expect(candidate(advice, 'shop/api:1.4.0-slim')).toMatchObject({
      variant: 'slim',
      sizeBytes: 180_000_000,
      sizeSource: 'measured, on disk',
      deltaBytes: 180_000_000 - app.detail.summary.sizeBytes,
      localImageId: sibling.id,
      recommended: false,
      fromLine: 'FROM shop/api:1.4.0-slim',
    })
  })

  it('says the delta of a sibling of the image is against the image, not against the base the first column shows', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')], tags: ['shop/api:1.4.0'] })
    const sibling = localSummary(fakeId('api-slim'), ['shop/api:1.4.0-slim'], 180_000_000)
    const advice = adviceFor(app, { localImages: [app.detail.summary, sibling] })
    expect(advice.current.reference).toBe('python:3.12')
    expect(candidate(advice, 'shop/api:1.4.0-slim')?.deltaAgainst).toEqual({ reference: 'shop/api:1.4.0', sizeBytes: app.detail.summary.sizeBytes })
    expect(candidate(advice, 'python:3.12-alpine')?.deltaAgainst).toEqual({ reference: 'python:3.12', sizeBytes: app.analysis.baseSizeBytes })
  })

  it('leaves the libc, shell and package manager of an uninspected sibling unknown, and says what is guessed', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')], tags: ['shop/api:1.4.0'] })
    const sibling = localSummary(fakeId('api-slim'), ['shop/api:1.4.0-slim'], 180_000_000)
    const slim = candidate(adviceFor(app, { localImages: [app.detail.summary, sibling] }), 'shop/api:1.4.0-slim')
    expect(slim).toMatchObject({ libc: null, shell: null, packageManager: null, areToolsKnown: false, hasShell: true, debugEase: 'moderate' })
    expect(slim?.caveats).toContain('Guessed from the -slim tag, not known: a shell (so moderate to debug) and a medium attack surface.')
    expect(slim?.caveats.some((text) => text.includes('libc, shell and package manager are unknown'))).toBe(true)
  })

  it('measures a catalogue candidate that exists locally, and says which local image it is', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install numpy')] })
    const slim = localSummary(fakeId('python-slim'), ['python:3.12-slim'], 121_500_000)
    const advice = adviceFor(app, { localImages: [app.detail.summary, slim] })
    expect(recommended(advice)).toMatchObject({
      reference: 'python:3.12-slim', sizeBytes: 121_500_000, sizeSource: 'measured, on disk', localImageId: slim.id, deltaBytes: 121_500_000 - app.analysis.baseSizeBytes,
    })
  })

  it('rules out a local sibling that is not smaller', () => {
    const app = built({ base: 'python:3.12', own: [run('pip install flask')], tags: ['shop/api:1.4.0'] })
    const bigger = localSummary(fakeId('api-alpine'), ['shop/api:1.4.0-alpine'], app.detail.summary.sizeBytes + 1)
    expect(exclusion(adviceFor(app, { localImages: [bigger] }), 'shop/api:1.4.0-alpine')).toContain('Not smaller than shop/api:1.4.0')
  })
})

describe('adviseForImage: what the subject is', () => {
  it('advises on an official image itself, not on its Debian base', () => {
    const history = officialSteps('python:3.12-slim', 'pulled')
    const python = image({ name: 'python-slim', history, tags: ['python:3.12-slim'] })
    const analysis = analyzeImage({ target: python, local: [asLocal(python)], catalog })
    const advice = adviseForImage({ analysis, detail: python, localImages: [python.summary], catalog })
    expect(advice.current).toMatchObject({ reference: 'python:3.12-slim', family: 'python', variant: 'slim', sizeSource: 'measured, on disk' })
    expect(advice.evidence[0]).toBe('The image is tagged python:3.12-slim, an official image: the advice is about it, not about its base.')
  })

  it('advises on an official image the catalogue lacks, known by its tag', () => {
    const history = steps([meta('ENV PYTHON_VERSION=3.11.9'), { createdBy: 'RUN /bin/sh -c build-python # buildkit', sizeBytes: 130_000_000 }], 'py311')
    const python = image({ name: 'python-311', history, tags: ['python:3.11-slim'] })
    const analysis = analyzeImage({ target: python, local: [asLocal(python)], catalog })
    const advice = adviseForImage({ analysis, detail: python, localImages: [python.summary], catalog })
    expect(advice.current).toMatchObject({ reference: 'python:3.11-slim', variant: 'slim', sizeBytes: python.summary.sizeBytes, sizeSource: 'measured, on disk' })
    expect(advice.candidates.map((item) => item.reference)).toEqual(['python:3.11-alpine', 'gcr.io/distroless/python3-debian12'])
  })

  it('treats an image built on an official repository as an app, whatever its tag', () => {
    const app = built({ base: 'nginx:alpine', own: [copy('site/ /usr/share/nginx/html/')], tags: ['nginx:custom'] })
    expect(adviceFor(app).current.reference).toBe('nginx:alpine')
  })

  it('recognises a mirror of an official image by its history and writes official tags', () => {
    const history = officialSteps('python:3.12-slim', 'mirror')
    const mirror = image({ name: 'mirror', history, tags: ['baseline-fixture/python:3.12-slim'] })
    const analysis = analyzeImage({ target: mirror, local: [asLocal(mirror)], catalog })
    const advice = adviseForImage({ analysis, detail: mirror, localImages: [mirror.summary], catalog })
    expect(advice.current).toMatchObject({ reference: 'baseline-fixture/python:3.12-slim', family: 'python', variant: 'slim' })
    expect(advice.candidates.map((item) => item.reference)).toContain('python:3.12-alpine')
  })

  it('identifies an untagged base by its history', () => {
    const { debian, python, app } = threeLevels()
    const untagged = retag(python, [])
    const analysis = analyzeImage({ target: app, local: [asLocal(debian), asLocal(untagged)], catalog })
    const advice = adviseForImage({ analysis, detail: app, localImages: [debian.summary, untagged.summary, app.summary], catalog })
    expect(advice.current).toMatchObject({ reference: null, family: 'python', variant: 'slim', sizeBytes: untagged.summary.sizeBytes })
    expect(advice.evidence[0]).toContain("an untagged image whose history is python:3.12-slim's")
  })

  it('says plainly when no base was found', () => {
    const lone = image({ name: 'lone', history: [], tags: ['lone:1'] })
    const loneAnalysis = analyzeImage({ target: lone, local: [], catalog })
    const advice = adviseForImage({ analysis: loneAnalysis, detail: lone, localImages: [], catalog })
    expect(advice).toMatchObject({ candidates: [], isMinimal: false })
    expect(advice.note).toContain('No base was found')
  })
})

describe('adviseForImage: unknown and empty bases', () => {
  it('advises scratch or distroless static for a static binary on a base of no known family', () => {
    const base = image({ name: 'corp-base', history: steps([{ createdBy: 'ADD rootfs.tar.gz / # buildkit', sizeBytes: 30_000_000 }], 'corp-base'), tags: ['corp/base:3'] })
    const history = [...base.history, ...steps([copy('/out/tool /usr/local/bin/tool')], 'tool').map((step) => ({ ...step, step: 2 }))]
    const tool = { ...image({ name: 'tool', history, tags: ['corp/tool:1'] }) }
    const detail = { ...tool, config: { ...tool.config, entrypoint: ['/usr/local/bin/tool'] } }
    const analysis = analyzeImage({ target: detail, local: [asLocal(base), asLocal(detail)], catalog })
    const advice = adviseForImage({ analysis, detail, localImages: [base.summary, detail.summary], catalog })
    expect(advice.current).toMatchObject({ reference: 'corp/base:3', family: null })
    expect(recommended(advice)?.reference).toBe('gcr.io/distroless/static-debian12')
    expect(candidate(advice, 'scratch')).not.toBeNull()
  })

  it('says an image of copies alone is built FROM scratch, already minimal', () => {
    const lone = image({ name: 'static-only', history: steps([copy('server /server'), meta('ENTRYPOINT ["/server"]')], 'static-only'), tags: ['corp/server:1'] })
    const analysis = analyzeImage({ target: lone, local: [asLocal(lone)], catalog })
    const advice = adviseForImage({ analysis, detail: lone, localImages: [lone.summary], catalog })
    expect(advice).toMatchObject({ isMinimal: true, candidates: [], note: 'scratch is the empty base: nothing is smaller.' })
    expect(advice.current).toMatchObject({ reference: 'scratch', family: 'scratch', libc: 'none' })
  })
})
