import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../catalog/catalog'
import { detectBase, NO_BASE_EVIDENCE } from './detect-base'
import { HISTORY_COMMANDS_ONLY_CONFIDENCE, HISTORY_CONFIDENCE } from './detect-by-history'
import { appSteps, asLocal, extend, image, officialSteps, retag, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

const catalog = loadCatalog()
const short = (id: string): string => id.slice(7, 19)

describe('detectBase by layer chain', () => {
  it('finds the local image whose layers start the target, under its most specific tag', () => {
    const { debian, python, app } = threeLevels()
    const base = detectBase(app, [debian, python].map((detail) => asLocal(detail)), catalog)
    expect(base).toMatchObject({
      reference: 'python:3.12.13-slim',
      aliases: ['python:3.12-slim', 'python:3-slim'],
      imageId: python.summary.id,
      method: 'layer-chain',
      confidence: 1,
      layerCount: 4,
      isUntagged: false,
    })
    expect(base.evidence).toBe(
      `The first 4 of 7 layers are exactly python:3.12.13-slim (sha256:${short(python.summary.id)}…). ` +
        'It is also tagged python:3.12-slim and python:3-slim.',
    )
  })

  it('prefers the longest chain: the runtime, not the OS under it', () => {
    const { debian, python, app } = threeLevels()
    expect(detectBase(app, [asLocal(debian), asLocal(python)], catalog).imageId).toBe(python.summary.id)
    expect(detectBase(app, [asLocal(debian)], catalog).method).toBe('history')
  })

  it('reports an untagged base by its short ID, with its catalogue history as a hint', () => {
    const { debian, python, app } = threeLevels()
    const untagged = retag(python, [])
    const base = detectBase(app, [asLocal(debian), asLocal(untagged)], catalog)
    expect(base).toMatchObject({ reference: null, imageId: python.summary.id, isUntagged: true, method: 'layer-chain' })
    expect(base.evidence).toContain(`exactly the untagged image ${short(python.summary.id)}.`)
    expect(base.evidence).toContain('Its history is that of python:3.12-slim in the catalogue')
  })

  it('prefers a tagged image among images with the same layers, and names the others', () => {
    const { debian, python, app } = threeLevels()
    const relabelled = image({ name: 'python-relabelled', history: python.history, tags: [] })
    const base = detectBase(app, [asLocal(debian), asLocal(relabelled), asLocal(python)], catalog)
    expect(base.imageId).toBe(python.summary.id)
    expect(base.evidence).toContain(`1 other local image has the same layers: ${short(relabelled.summary.id)}.`)
  })

  it('never takes the target, or an image with the very same layers, as the base', () => {
    const { debian, python } = threeLevels()
    const sameLayers = image({ name: 'python-with-label', history: python.history, tags: ['python:mine'] })
    const base = detectBase(python, [asLocal(python), asLocal(sameLayers), asLocal(debian)], catalog)
    expect(base.imageId).toBe(debian.summary.id)
    expect(base.historyCount).toBe(1)
  })
})

describe('detectBase by OCI labels', () => {
  it('trusts a label that names a local image whose layers start the target', () => {
    const { debian, python, app } = threeLevels()
    const labelled = image({ name: 'app-labelled', history: app.history, labels: { 'org.opencontainers.image.base.name': 'docker.io/library/python:3.12-slim' } })
    const base = detectBase(labelled, [asLocal(debian), asLocal(python)], catalog)
    expect(base).toMatchObject({ method: 'label', confidence: 1, reference: 'python:3.12-slim', imageId: python.summary.id, layerCount: 4 })
    expect(base.aliases).toEqual(['python:3.12.13-slim', 'python:3-slim'])
    expect(base.evidence).toContain('names docker.io/library/python:3.12-slim. On this machine that is python:3.12.13-slim')
  })

  it('matches a label digest to the local image with that repo digest', () => {
    const { python, app } = threeLevels()
    const digest = `sha256:${'ab'.repeat(32)}`
    const pulled = { ...python, summary: { ...python.summary, repoDigests: [`python@${digest}`] } }
    const labelled = image({ name: 'app-digest', history: app.history, labels: { 'org.opencontainers.image.base.digest': digest } })
    expect(detectBase(labelled, [asLocal(pulled)], catalog)).toMatchObject({ method: 'label', imageId: python.summary.id, reference: 'python:3.12.13-slim' })
  })

  it('ignores a label the base carries too: it was inherited, not written for this image', () => {
    const { debian, python, app } = threeLevels()
    const label = { 'org.opencontainers.image.base.name': 'debian:trixie-slim' }
    const pythonLabelled = { ...python, summary: { ...python.summary, labels: label } }
    const appInherited = { ...app, summary: { ...app.summary, labels: label } }
    const base = detectBase(appInherited, [asLocal(debian), asLocal(pythonLabelled)], catalog)
    expect(base).toMatchObject({ method: 'layer-chain', imageId: python.summary.id })
    expect(base.evidence).toContain('Its base label (debian:trixie-slim) came down from its base')
  })

  it('ignores a label whose base a catalogue history outgrows: python inherited debian’s label', () => {
    const { debian, app } = threeLevels()
    const appInherited = { ...app, summary: { ...app.summary, labels: { 'org.opencontainers.image.base.name': 'debian:trixie-slim' } } }
    const base = detectBase(appInherited, [asLocal(debian)], catalog)
    expect(base).toMatchObject({ method: 'history', reference: 'python:3.12-slim', layerCount: 4 })
  })

  it('takes the boundary of a base that is not local from the catalogue history the label names', () => {
    const { debian, app } = threeLevels()
    const labelled = image({ name: 'app-remote', history: app.history, labels: { 'org.opencontainers.image.base.name': 'python:3.12-slim' } })
    const base = detectBase(labelled, [asLocal(debian)], catalog)
    expect(base).toMatchObject({ method: 'label', confidence: 1, reference: 'python:3.12-slim', imageId: null, layerCount: 4, historyCount: 10 })
    expect(base.evidence).toContain('No local image has that tag.')
    expect(base.evidence).toContain("comes from the catalogue's history of python:3.12-slim")
  })

  it('opens the untagged local image a moved label tag left behind, when its layers and history agree', () => {
    const { debian, python, app } = threeLevels()
    const labelled = image({ name: 'app-moved', history: app.history, labels: { 'org.opencontainers.image.base.name': 'python:3.12-slim' } })
    const base = detectBase(labelled, [asLocal(debian), asLocal(retag(python, []))], catalog)
    expect(base).toMatchObject({ method: 'label', reference: 'python:3.12-slim', imageId: python.summary.id, layerCount: 4, historyCount: 10 })
    expect(base.evidence).toContain(`The local untagged image ${short(python.summary.id)} has exactly its layers, the first 4 of this image's 7`)
  })

  it('says the boundary is unknown when nothing shows where a labelled base ends', () => {
    const history = steps([{ createdBy: 'COPY app /app # buildkit' }, { createdBy: 'COPY conf /etc/app # buildkit' }], 'custom')
    const labelled = image({ name: 'custom', history, labels: { 'org.opencontainers.image.base.name': 'registry.example.com:5000/team/base:2.1' } })
    const base = detectBase(labelled, [], catalog)
    expect(base).toMatchObject({ method: 'label', reference: 'registry.example.com:5000/team/base:2.1', layerCount: 0, historyCount: 0 })
    expect(base.evidence).toContain('the boundary is unknown')
  })
})

describe('detectBase by history fingerprint', () => {
  it('recognises python:3.12-slim by its commands when no image of it is local', () => {
    const { app } = threeLevels()
    const base = detectBase(app, [], catalog)
    expect(base).toMatchObject({
      method: 'history',
      reference: 'python:3.12-slim',
      aliases: ['python:3.12.13-slim-trixie'],
      imageId: null,
      confidence: HISTORY_CONFIDENCE,
      layerCount: 4,
      historyCount: 10,
    })
    expect(base.confidence).toBeLessThan(1)
    expect(base.evidence).toContain('Its first 10 history steps are exactly those of python:3.12-slim')
  })

  it('is nearer than a local image further down, and says so', () => {
    const { debian, app } = threeLevels()
    const base = detectBase(app, [asLocal(debian)], catalog)
    expect(base.method).toBe('history')
    expect(base.evidence).toContain('It is nearer than the local image debian:13-slim')
  })

  it('tells debian:trixie-slim from debian:trixie, which share their history, by size', () => {
    const slim = officialSteps('debian:trixie-slim', 'slim')
    const full = officialSteps('debian:trixie', 'full')
    const onSlim = image({ name: 'on-slim', history: extend(slim, steps([{ createdBy: 'RUN /bin/sh -c apt-get update # buildkit' }], 'a')) })
    const onFull = image({ name: 'on-full', history: extend(full, steps([{ createdBy: 'RUN /bin/sh -c apt-get update # buildkit' }], 'b')) })
    const slimBase = detectBase(onSlim, [], catalog)
    expect(slimBase).toMatchObject({ reference: 'debian:trixie-slim', confidence: HISTORY_CONFIDENCE })
    expect(slimBase.evidence).toContain('debian:trixie has the same history')
    expect(detectBase(onFull, [], catalog).reference).toBe('debian:trixie')
  })

  it('lowers its confidence when sizes cannot tell identical histories apart', () => {
    const tiny = steps([{ createdBy: "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1785715200'", sizeBytes: 300_000 }, { createdBy: 'COPY x /x # buildkit' }], 'tiny')
    const base = detectBase(image({ name: 'tiny', history: tiny }), [], catalog)
    expect(base.confidence).toBeLessThan(HISTORY_CONFIDENCE)
    expect(base.evidence).toContain('match none of their sizes')
  })

  it('is less sure when only the commands match, not the split into layers', () => {
    const { app } = threeLevels()
    const misaligned = app.history.map((step) => (step.instruction === 'ENV' ? { ...step, isEmpty: false } : step))
    const base = detectBase(image({ name: 'misaligned', history: misaligned }), [], catalog)
    expect(base).toMatchObject({ method: 'history', confidence: HISTORY_COMMANDS_ONLY_CONFIDENCE })
    expect(base.evidence).toContain('Only the commands match')
  })
})

describe('detectBase without evidence', () => {
  it('says plainly that there is no base', () => {
    const history = steps([{ createdBy: 'ADD rootfs.tar.xz / # buildkit' }, { createdBy: 'CMD ["/bin/sh"]', isEmpty: true }], 'unrelated')
    const { debian, python } = threeLevels()
    const base = detectBase(image({ name: 'unrelated', history }), [asLocal(debian), asLocal(python)], catalog)
    expect(base).toMatchObject({ method: 'none', confidence: 0, reference: null, imageId: null, layerCount: 0, historyCount: 0 })
    expect(base.evidence).toBe(NO_BASE_EVIDENCE)
  })

  it('notes when the image is an official base itself', () => {
    const { python } = threeLevels()
    const base = detectBase(python, [], catalog)
    expect(base.method).toBe('history')
    const { debian } = threeLevels()
    const root = detectBase(debian, [], catalog)
    expect(root.method).toBe('none')
    expect(root.evidence).toContain('Its whole history is that of debian:trixie or debian:trixie-slim')
  })
})

describe('detectBase on an app without a local chain', () => {
  it('keeps working with an image whose history cannot be aligned', () => {
    const { python } = threeLevels()
    const unaligned = appSteps(python.history, 'x').map((step) => ({ ...step, diffId: null }))
    const detail = { ...image({ name: 'unaligned', history: appSteps(python.history, 'x') }), history: unaligned, alignment: 'mismatch' as const }
    expect(detectBase(detail, [asLocal(python)], catalog)).toMatchObject({ method: 'layer-chain', historyCount: 10 })
  })
})
