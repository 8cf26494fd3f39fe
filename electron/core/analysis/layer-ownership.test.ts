import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../catalog/catalog'
import { detectBase } from './detect-base'
import { historyCountForLayers } from './history-boundary'
import { assignLayerOwnership } from './layer-ownership'
import { asLocal, extend, image, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

const catalog = loadCatalog()

describe('assignLayerOwnership', () => {
  it("gives the base's steps to the base and the rest to the image, with their bytes", () => {
    const { debian, python, app } = threeLevels()
    const base = detectBase(app, [asLocal(debian), asLocal(python)], catalog)
    const { layers, baseSizeBytes, ownSizeBytes } = assignLayerOwnership(app.history, base)
    expect(layers.map((layer) => layer.owner)).toEqual([...Array<string>(10).fill('base'), ...Array<string>(5).fill('own')])
    expect(baseSizeBytes).toBe(python.summary.sizeBytes)
    expect(ownSizeBytes).toBe(app.summary.sizeBytes - python.summary.sizeBytes)
    expect(layers[0]).toMatchObject({ step: 1, diffId: app.diffIds[0], owner: 'base' })
  })

  it("uses the catalogue entry's step count for a base found by fingerprint", () => {
    const { app } = threeLevels()
    const base = detectBase(app, [], catalog)
    const { layers } = assignLayerOwnership(app.history, base)
    expect(layers.filter((layer) => layer.owner === 'base')).toHaveLength(10)
    expect(layers[10]).toMatchObject({ createdBy: 'WORKDIR /app', owner: 'own' })
  })

  it('makes every step the image’s own when there is no base', () => {
    const history = steps([{ createdBy: 'COPY a /a # buildkit' }, { createdBy: 'CMD ["/a"]', isEmpty: true }], 'solo')
    const { layers, baseSizeBytes } = assignLayerOwnership(history, { historyCount: 0 })
    expect(layers.every((layer) => layer.owner === 'own')).toBe(true)
    expect(baseSizeBytes).toBe(0)
  })
})

describe('historyCountForLayers: empty steps at the edge of the base', () => {
  const base = steps([{ createdBy: 'COPY rootfs / # buildkit' }, { createdBy: 'ENV LANG=C.UTF-8', isEmpty: true }], 'base', '2026-01-01T00:00:00.000Z')
  const own = steps([{ createdBy: 'ENV APP=1', isEmpty: true }, { createdBy: 'COPY app /app # buildkit' }], 'own', '2026-02-01T00:00:00.000Z')
  const history = extend(base, own)

  it('go with the layer that follows when nothing says otherwise', () => {
    expect(historyCountForLayers(history, 1)).toBe(1)
  })

  it("belong to the base when they are no later than the base image's creation", () => {
    expect(historyCountForLayers(history, 1, { createdAt: '2026-01-01T00:00:00.000Z' })).toBe(2)
  })

  it("follow the base's own history when it is known, even where reproducible builds zero the times", () => {
    const epoch = '1970-01-01T00:00:01.000Z'
    const reproducible = history.map((step) => ({ ...step, createdAt: epoch }))
    const local = image({ name: 'edge-base', history: base })
    expect(historyCountForLayers(reproducible, 1, { createdAt: epoch })).toBe(3)
    expect(historyCountForLayers(reproducible, 1, { createdAt: epoch, history: local.history })).toBe(2)
  })
})
