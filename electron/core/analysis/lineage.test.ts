import { describe, expect, it } from 'vitest'
import type { LineageNode } from '../../../shared/model'
import { buildLineage } from './lineage'
import { indexLocalImages } from './local-images'
import { appSteps, asLocal, extend, fakeId, image, retag, steps } from './test-support/fixtures'
import { threeLevels } from './test-support/scenario'

function names(nodes: readonly LineageNode[]): string[] {
  return nodes.map((node) => node.tags[0] ?? node.imageId.slice(7, 19))
}

describe('buildLineage', () => {
  it('hangs each image under the local image with the longest chain that starts its own', () => {
    const { debian, python, app } = threeLevels()
    const unrelated = image({ name: 'busybox', history: steps([{ createdBy: 'ADD busybox / # buildkit' }], 'bb'), tags: ['busybox:1.37.0'] })
    const lineage = buildLineage([app, python, unrelated, debian].map((detail) => asLocal(detail)))
    expect(lineage.imageCount).toBe(4)
    expect(names(lineage.roots)).toEqual(['busybox:1.37.0', 'debian:13-slim'])
    const debianNode = lineage.roots[1]
    expect(names(debianNode?.children ?? [])).toEqual(['python:3.12.13-slim'])
    const pythonNode = debianNode?.children[0]
    expect(pythonNode).toMatchObject({
      sizeBytes: python.summary.sizeBytes,
      ownSizeBytes: python.summary.sizeBytes - debian.summary.sizeBytes,
      layerCount: 4,
      tags: ['python:3.12.13-slim', 'python:3.12-slim', 'python:3-slim'],
    })
    expect(names(pythonNode?.children ?? [])).toEqual(['shop/api:1.4.0'])
    expect(lineage.roots[1]?.ownSizeBytes).toBe(debian.summary.sizeBytes)
  })

  it('keeps untagged and dangling images, marked, in their place', () => {
    const { debian, python, app } = threeLevels()
    const lineage = buildLineage([asLocal(debian), asLocal(retag(python, [])), asLocal(app)])
    const middle = lineage.roots[0]?.children[0]
    expect(middle).toMatchObject({ imageId: python.summary.id, isUntagged: true, isDangling: true, tags: [] })
    expect(middle?.children[0]?.imageId).toBe(app.summary.id)
  })

  it('makes images with the same chain siblings, under the tagged image of their parent chain', () => {
    const { debian, python } = threeLevels()
    const debianCopy = image({ name: 'debian-copy', history: debian.history, tags: [] })
    const pythonLabelled = image({ name: 'python-labelled', history: python.history, tags: ['python:labelled'] })
    const lineage = buildLineage([debianCopy, debian, python, pythonLabelled].map((detail) => asLocal(detail)))
    expect(names(lineage.roots)).toEqual(['debian:13-slim', debianCopy.summary.id.slice(7, 19)])
    expect(names(lineage.roots[0]?.children ?? [])).toEqual(['python:3.12.13-slim', 'python:labelled'])
  })

  it('sorts children by name, tagged before untagged', () => {
    const { debian } = threeLevels()
    const child = (name: string, tags: string[]): ReturnType<typeof asLocal> =>
      asLocal(image({ name, history: extend(debian.history, steps([{ createdBy: `COPY ${name} / # buildkit` }], name)), tags }))
    const lineage = buildLineage([asLocal(debian), child('zeta', ['zeta:1']), child('none', []), child('alpha', ['alpha:1'])])
    expect(names(lineage.roots[0]?.children ?? []).slice(0, 2)).toEqual(['alpha:1', 'zeta:1'])
    expect(lineage.roots[0]?.children[2]?.isUntagged).toBe(true)
  })

  it('places 2,000 images sharing a few bases, each exactly once', () => {
    const { debian, python } = threeLevels()
    const locals = [asLocal(debian), asLocal(python)]
    for (let index = 0; index < 1_998; index += 1) {
      const history = appSteps(index % 2 === 0 ? python.history : debian.history, `bulk-${index}`)
      locals.push(asLocal(image({ name: `bulk-${index}`, history, tags: [`bulk:${index}`] })))
    }
    const lineage = buildLineage(indexLocalImages(locals))
    const count = (nodes: readonly LineageNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children), 0)
    expect(count(lineage.roots)).toBe(2_000)
    expect(lineage.roots).toHaveLength(1)
    expect(lineage.roots[0]?.children.find((node) => node.imageId === python.summary.id)?.children).toHaveLength(999)
  })

  it('is empty for no images', () => {
    expect(buildLineage([])).toEqual({ roots: [], imageCount: 0 })
    expect(fakeId('x')).toMatch(/^sha256:[0-9a-f]{64}$/)
  })
})
