import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../catalog/catalog'
import { detectHierarchy, MAX_HIERARCHY_DEPTH } from './hierarchy'
import { asLocal, extend, image, retag, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

const catalog = loadCatalog()

describe('detectHierarchy', () => {
  it('walks app -> python -> debian by layer chain, nearest first', () => {
    const { debian, python, app } = threeLevels()
    const detection = detectHierarchy(app, [app, debian, python].map((detail) => asLocal(detail)), catalog)
    expect(detection.hierarchy).toEqual(['python:3.12.13-slim', 'debian:13-slim'])
    expect(detection.levels.map((level) => level.method)).toEqual(['layer-chain', 'layer-chain'])
    expect(detection.levels.map((level) => level.imageId)).toEqual([python.summary.id, debian.summary.id])
    expect(detection).toMatchObject({ reference: 'python:3.12.13-slim', layerCount: 4 })
  })

  it('still finds the middle image by ID after its tag is removed, and the base beyond it', () => {
    const { debian, python, app } = threeLevels()
    const detection = detectHierarchy(app, [asLocal(debian), asLocal(retag(python, []))], catalog)
    expect(detection.hierarchy).toEqual([python.summary.id.slice(7, 19), 'debian:13-slim'])
    expect(detection.levels[0]).toMatchObject({ isUntagged: true, imageId: python.summary.id })
  })

  it('follows catalogue fingerprints when nothing is local, down to the OS', () => {
    const { app } = threeLevels()
    const detection = detectHierarchy(app, [], catalog)
    expect(detection.hierarchy).toEqual(['python:3.12-slim', 'debian:trixie-slim'])
    expect(detection.levels.map((level) => [level.method, level.layerCount, level.historyCount])).toEqual([
      ['history', 4, 10],
      ['history', 1, 1],
    ])
  })

  it('mixes methods: a fingerprint above a local OS image', () => {
    const { debian, app } = threeLevels()
    const detection = detectHierarchy(app, [asLocal(debian)], catalog)
    expect(detection.levels.map((level) => level.method)).toEqual(['history', 'layer-chain'])
    expect(detection.levels[1]?.imageId).toBe(debian.summary.id)
  })

  it('has no levels when there is no base', () => {
    const history = steps([{ createdBy: 'COPY app /app # buildkit' }], 'alone')
    const detection = detectHierarchy(image({ name: 'alone', history }), [], catalog)
    expect(detection).toMatchObject({ method: 'none', hierarchy: [], levels: [] })
  })

  it(`stops after ${MAX_HIERARCHY_DEPTH} levels`, () => {
    let history = steps([{ createdBy: 'COPY root / # buildkit' }], 'deep-0')
    const locals = [image({ name: 'deep-0', history, tags: ['deep:0'] })]
    for (let depth = 1; depth <= 40; depth += 1) {
      history = extend(history, steps([{ createdBy: `RUN /bin/sh -c echo ${depth} # buildkit` }], `deep-${depth}`))
      locals.push(image({ name: `deep-${depth}`, history, tags: [`deep:${depth}`] }))
    }
    const top = locals[locals.length - 1]
    if (top === undefined) throw new Error('no images')
    const detection = detectHierarchy(top, locals.map((detail) => asLocal(detail)), catalog)
    expect(detection.levels).toHaveLength(MAX_HIERARCHY_DEPTH)
    expect(detection.hierarchy[0]).toBe('deep:39')
  })
})
