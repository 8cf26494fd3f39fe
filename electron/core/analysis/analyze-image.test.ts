import { describe, expect, it } from 'vitest'
import { analyzeImage } from './analyze-image'
import { ANALYZER_VERSION } from './analyzer-version'
import { loadCatalog } from '../catalog/catalog'
import { indexLocalImages } from './local-images'
import { asLocal, image, retag, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

const catalog = loadCatalog()
const now = new Date('2026-11-23T12:00:00.000Z')

describe('analyzeImage', () => {
  it('puts together the hierarchy, layer owners, sizes, pinning and drift of an app image', () => {
    const { debian, python, app } = threeLevels()
    const local = indexLocalImages([app, python, debian].map((detail) => asLocal(detail)))
    const analysis = analyzeImage({ target: app, local, catalog, now })
    expect(analysis).toMatchObject({
      analyzerVersion: ANALYZER_VERSION,
      id: app.summary.id,
      tags: ['shop/api:1.4.0'],
      sizeBytes: app.summary.sizeBytes,
      baseSizeBytes: python.summary.sizeBytes,
      ownSizeBytes: app.summary.sizeBytes - python.summary.sizeBytes,
      baseMoved: false,
      analyzedAt: '2026-11-23T12:00:00.000Z',
    })
    expect(analysis.base.hierarchy).toEqual(['python:3.12.13-slim', 'debian:13-slim'])
    expect(analysis.layers.filter((layer) => layer.owner === 'own').map((layer) => layer.createdBy)).toEqual([
      'WORKDIR /app',
      'COPY requirements.txt .',
      'pip install --no-cache-dir -r requirements.txt',
      'COPY . .',
      'CMD ["python" "app.py"]',
    ])
    expect(analysis.pinning.reference).toBe('python:3.12.13-slim')
    expect(analysis.pinning.class).toBe('exact')
    expect(analysis.pinning.explanation).toContain('Also tagged python:3.12-slim and python:3-slim')
  })

  it("judges pinning by the label's base name first: what the Dockerfile wrote", () => {
    const { python, app } = threeLevels()
    const labelled = { ...app, summary: { ...app.summary, labels: { 'org.opencontainers.image.base.name': 'python:3.12-slim' } } }
    const analysis = analyzeImage({ target: labelled, local: [asLocal(python)], catalog, now })
    expect(analysis.pinning).toMatchObject({ reference: 'python:3.12-slim', class: 'minor' })
  })

  it('says a history-detected tag may not be the one the Dockerfile used', () => {
    const { app } = threeLevels()
    const analysis = analyzeImage({ target: app, local: [], catalog, now })
    expect(analysis.pinning).toMatchObject({ reference: 'python:3.12-slim', class: 'minor' })
    expect(analysis.pinning.explanation).toContain('Found by history')
    expect(analysis.baseMoved).toBeNull()
  })

  it('has no pinning to judge when there is no base, or only an untagged one', () => {
    const alone = image({ name: 'alone', history: steps([{ createdBy: 'COPY app /app # buildkit' }], 'alone') })
    expect(analyzeImage({ target: alone, local: [], catalog, now }).pinning).toMatchObject({ reference: null, class: 'unknown' })
    const { debian, python, app } = threeLevels()
    const untagged = analyzeImage({ target: app, local: [asLocal(debian), asLocal(retag(python, []))], catalog, now })
    expect(untagged.pinning).toMatchObject({ reference: null, class: 'unknown' })
    expect(untagged.pinning.explanation).toContain('untagged image')
  })

  it('reports a moved base from the remembered analysis', () => {
    const { debian, python, app } = threeLevels()
    const other = image({ name: 'python-other', history: python.history.map((step) => ({ ...step, diffId: step.diffId && `${step.diffId}0` })), tags: ['python:3.12-slim'] })
    const local = [asLocal(debian), asLocal(retag(python, [])), asLocal(other)]
    const analysis = analyzeImage({ target: app, local, catalog, now, remembered: { reference: 'python:3.12-slim', imageId: python.summary.id } })
    expect(analysis.baseMoved).toBe(true)
    expect(analysis.baseMovedDetail).toContain('python:3.12-slim now names')
  })

  it('is plain JSON', () => {
    const { debian, python, app } = threeLevels()
    const analysis = analyzeImage({ target: app, local: [asLocal(debian), asLocal(python)], catalog, now })
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis)
  })
})
