import { describe, expect, it } from 'vitest'
import type { ImageDetail } from '../../../shared/model'
import { detectBaseMoved, rebuildCandidates } from './base-moved'
import { shapeKey } from './history-shape'
import { loadCatalog } from '../catalog/catalog'
import { detectBase } from './detect-base'
import { asLocal, extend, image, officialSteps, retag, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

const catalog = loadCatalog()
const short = (id: string): string => id.slice(7, 19)

/** python:3.12-slim rebuilt from the same Dockerfile: same steps, new layers, a later date. */
function rebuiltPython(debian: ImageDetail, tags: string[]): ImageDetail {
  const history = officialSteps('python:3.12-slim', 'python-build-2', debian.history, '2026-11-20T08:00:00.000Z')
  return image({ name: 'python-rebuilt', history, tags })
}

describe('detectBaseMoved', () => {
  it('is false while the base tag still names the image whose layers this one carries', () => {
    const { debian, python, app } = threeLevels()
    const local = [debian, python].map((detail) => asLocal(detail))
    const base = detectBase(app, local, catalog)
    expect(detectBaseMoved({ target: app, base, remembered: null, local })).toEqual({
      baseMoved: false,
      baseMovedDetail: `python:3.12.13-slim still names sha256:${short(python.summary.id)}…, the image this one was built on.`,
      baseMovedConfidence: 1,
    })
  })

  it('is true when the tag the label names now names an image this one is not built on', () => {
    const { debian, python, app } = threeLevels()
    const labelled = { ...app, summary: { ...app.summary, labels: { 'org.opencontainers.image.base.name': 'python:3.12-slim' } } }
    const fresh = rebuiltPython(debian, ['python:3.12-slim'])
    const local = [asLocal(debian), asLocal(retag(python, [])), asLocal(fresh)]
    const base = detectBase(labelled, local, catalog)
    const verdict = detectBaseMoved({ target: labelled, base, remembered: null, local })
    expect(verdict.baseMoved).toBe(true)
    expect(verdict.baseMovedDetail).toBe(
      `python:3.12-slim now names sha256:${short(fresh.summary.id)}…, built 2026-11-20; ` +
        `this image carries sha256:${short(python.summary.id)}…; a rebuild would pick up the new one.`,
    )
  })

  it('is true when the remembered tag now names another image ID', () => {
    const { debian, python, app } = threeLevels()
    const fresh = rebuiltPython(debian, ['python:3.12-slim'])
    const local = [asLocal(debian), asLocal(retag(python, ['python:3.12.13-slim'])), asLocal(fresh)]
    const base = detectBase(app, local, catalog)
    const remembered = { reference: 'python:3.12-slim', imageId: python.summary.id }
    expect(detectBaseMoved({ target: app, base, remembered, local })).toMatchObject({ baseMoved: true })
  })

  it('is false when the remembered tag still names the remembered image', () => {
    const { debian, python, app } = threeLevels()
    const local = [asLocal(debian), asLocal(python)]
    const base = { ...detectBase(app, local, catalog), reference: null, method: 'none' as const }
    const remembered = { reference: 'python:3.12-slim', imageId: python.summary.id }
    expect(detectBaseMoved({ target: app, base, remembered, local }).baseMoved).toBe(false)
  })

  it('infers a move when an untagged base has a tagged rebuild of the same steps', () => {
    const { debian, python, app } = threeLevels()
    const fresh = rebuiltPython(debian, ['python:3.12-slim'])
    const local = [asLocal(debian), asLocal(retag(python, [])), asLocal(fresh, true)]
    const base = detectBase(app, local, catalog)
    expect(rebuildCandidates(app, base, local).map((candidate) => candidate.summary.id)).toEqual([fresh.summary.id])
    const verdict = detectBaseMoved({ target: app, base, remembered: null, local })
    expect(verdict.baseMoved).toBe(true)
    expect(verdict.baseMovedDetail).toContain('Inferred: python:3.12-slim now names')
    expect(verdict.baseMovedDetail).toContain(`the untagged image this one carries (sha256:${short(python.summary.id)}…)`)
  })

  it('infers nothing from a tagged image whose history was not fetched', () => {
    const { debian, python, app } = threeLevels()
    const local = [asLocal(debian), asLocal(retag(python, [])), asLocal(rebuiltPython(debian, ['python:3.12-slim']))]
    const base = detectBase(app, local, catalog)
    expect(detectBaseMoved({ target: app, base, remembered: null, local })).toEqual({ baseMoved: null, baseMovedDetail: null, baseMovedConfidence: null })
  })

  it('is true when the tag of a base found by history names a local image of another build', () => {
    const { debian, app } = threeLevels()
    const fresh = rebuiltPython(debian, ['python:3.12-slim'])
    const local = [asLocal(fresh)]
    const base = detectBase(app, local, catalog)
    expect(base.method).toBe('history')
    const verdict = detectBaseMoved({ target: app, base, remembered: null, local })
    expect(verdict.baseMoved).toBe(true)
    expect(verdict.baseMovedDetail).toContain('this image carries other layers (its first 4 layers)')
  })

  it('is null when nothing tells', () => {
    const { app } = threeLevels()
    const base = detectBase(app, [], catalog)
    expect(detectBaseMoved({ target: app, base, remembered: null, local: [] })).toEqual({ baseMoved: null, baseMovedDetail: null, baseMovedConfidence: null })
  })

  it('is false for a base label pinned by digest', () => {
    const { app } = threeLevels()
    const pinned = { ...app, summary: { ...app.summary, labels: { 'org.opencontainers.image.base.name': `python:3.12-slim@sha256:${'c'.repeat(64)}` } } }
    const base = detectBase(pinned, [], catalog)
    expect(detectBaseMoved({ target: pinned, base, remembered: null, local: [] }).baseMoved).toBe(false)
  })

  /** corp/os:1 -> corp/runtime:1 (classic builder, COPY file:…) -> app; the runtime tag rebuilt with new content. */
  function hiddenParent(rebuildStep: string) {
    const os = image({ name: 'corp-os', history: steps([{ createdBy: '/bin/sh -c #(nop) ADD file:' + 'e'.repeat(64) + ' in / ' }], 'os'), tags: ['corp/os:1'] })
    const runtimeStep = (hash: string) => [{ createdBy: `/bin/sh -c #(nop) COPY file:${hash.repeat(64)} in /etc/runtime ` }, { createdBy: '/bin/sh -c #(nop)  ENV RUNTIME=1', isEmpty: true }]
    const old = extend(os.history, steps(runtimeStep('a'), 'runtime-old'))
    const app = image({ name: 'corp-app', history: extend(old, steps([{ createdBy: '/bin/sh -c echo app > /etc/app' }], 'app')), tags: ['corp/app:2'] })
    const fresh = image({ name: 'corp-runtime-new', history: extend(os.history, steps(rebuildStep === 'same' ? runtimeStep('b') : [{ createdBy: '/bin/sh -c echo other > /etc/runtime' }], 'runtime-new')), tags: ['corp/runtime:1'] })
    // The old runtime build is the app's parent, hidden from the image list: only os and the rebuild are listed.
    const local = [asLocal(os), asLocal(fresh, true)]
    return { app, fresh, local, base: detectBase(app, local, catalog) }
  }

  it('infers a move from the history shape when the old base survives only as a hidden parent', () => {
    const { app, fresh, local, base } = hiddenParent('same')
    expect(base).toMatchObject({ reference: 'corp/os:1', method: 'layer-chain' })
    expect(rebuildCandidates(app, base, local).map((candidate) => candidate.summary.id)).toEqual([fresh.summary.id])
    const verdict = detectBaseMoved({ target: app, base, remembered: null, local })
    expect(verdict.baseMoved).toBe(true)
    expect(verdict.baseMovedDetail).toContain(`Inferred from the build history: corp/runtime:1 now names sha256:${short(fresh.summary.id)}…`)
    expect(verdict.baseMovedDetail).toContain("whose 3 steps have the same shape as this image's first 3 steps (COPY file:* in /etc/runtime)")
    expect(verdict.baseMovedConfidence).toBe(0.6)
  })

  it('keeps "not moved" when the tagged image on the same visible base was built by other steps', () => {
    const { app, local, base } = hiddenParent('other')
    const verdict = detectBaseMoved({ target: app, base, remembered: null, local })
    expect(verdict).toMatchObject({ baseMoved: false, baseMovedConfidence: 1 })
    expect(verdict.baseMovedDetail).toContain('corp/os:1 still names')
  })

  it('reads COPY and ADD content addresses as the same shape: a rebuild with new content', () => {
    expect(shapeKey({ instruction: 'COPY', createdBy: `COPY file:${'a'.repeat(64)} in /etc/x` }))
      .toEqual(shapeKey({ instruction: 'COPY', createdBy: `COPY file:${'b'.repeat(64)} in /etc/x` }))
  })
})
