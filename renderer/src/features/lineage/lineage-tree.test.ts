import { describe, expect, it } from 'vitest'
import type { LineageNode } from '../../../../shared/model'
import { countImages, expandForFilter, filterLineage, parentIds, visibleRows } from './lineage-tree'

function node(imageId: string, tags: string[], children: LineageNode[] = []): LineageNode {
  return {
    imageId, tags, isDangling: false, isUntagged: tags.length === 0, sizeBytes: 1, ownSizeBytes: 1,
    layerCount: 1, children,
  }
}

// debian -> python -> app, python -> (untagged) ; alpine alone
const app = node('sha256:aaa1', ['team/app:1.0', 'team/app:latest'])
const orphan = node('sha256:bbb2', [])
const python = node('sha256:ccc3', ['python:3.12-slim'], [app, orphan])
const debian = node('sha256:ddd4', ['debian:bookworm-slim'], [python])
const alpine = node('sha256:eee5', ['alpine:3.20'])
const forest = [debian, alpine]

const shape = (rows: ReturnType<typeof visibleRows>) => rows.map((row) => `${row.level}:${row.node.tags[0] ?? row.id}`)

describe('lineage tree rows', () => {
  it('shows every image depth first when nothing is collapsed', () => {
    expect(shape(visibleRows(forest, new Set(), null))).toEqual([
      '1:debian:bookworm-slim', '2:python:3.12-slim', '3:team/app:1.0', '3:sha256:bbb2', '1:alpine:3.20',
    ])
  })

  it('hides the children of a collapsed image and says it can expand', () => {
    const rows = visibleRows(forest, new Set([python.imageId]), null)
    expect(shape(rows)).toEqual(['1:debian:bookworm-slim', '2:python:3.12-slim', '1:alpine:3.20'])
    expect(rows[1]).toMatchObject({ hasChildren: true, isExpanded: false, parentId: debian.imageId })
    expect(rows[2]).toMatchObject({ hasChildren: false, isExpanded: false, posInSet: 2, setSize: 2 })
  })

  it('collapses all by folding every image that has children', () => {
    expect(shape(visibleRows(forest, parentIds(forest), null))).toEqual(['1:debian:bookworm-slim', '1:alpine:3.20'])
    expect(countImages(forest)).toBe(5)
  })

  it('walks a chain 3,000 images deep without overflowing', () => {
    let deep = node('sha256:leaf', ['leaf:1'])
    for (let i = 0; i < 3000; i += 1) deep = node(`sha256:${i}`, [`level:${i}`], [deep])
    expect(visibleRows([deep], new Set(), null)).toHaveLength(3001)
  })
})

describe('lineage filter', () => {
  it('keeps the ancestors of a match and unfolds them, hiding unrelated images', () => {
    const filter = filterLineage(forest, 'APP:1')
    const collapsed = expandForFilter(new Set([debian.imageId, python.imageId]), filter)
    expect(shape(visibleRows(forest, collapsed, filter))).toEqual(['1:debian:bookworm-slim', '2:python:3.12-slim', '3:team/app:1.0'])
    expect(filter?.matches).toEqual(new Set([app.imageId]))
    expect(visibleRows(forest, collapsed, filter).map((row) => row.isContext)).toEqual([true, true, false])
  })

  it('keeps what is built on a match', () => {
    const filter = filterLineage(forest, 'python')
    expect(shape(visibleRows(forest, new Set(), filter))).toEqual([
      '1:debian:bookworm-slim', '2:python:3.12-slim', '3:team/app:1.0', '3:sha256:bbb2',
    ])
  })

  it('finds an image by the start of its ID, with or without sha256:', () => {
    expect(filterLineage(forest, 'bbb')?.matches).toEqual(new Set([orphan.imageId]))
    expect(filterLineage(forest, 'sha256:eee')?.matches).toEqual(new Set([alpine.imageId]))
  })

  it('is no filter at all when the query is blank', () => {
    expect(filterLineage(forest, '   ')).toBeNull()
  })

  it('leaves the collapsed set alone when no match is folded away', () => {
    const collapsed = new Set([python.imageId])
    expect(expandForFilter(collapsed, filterLineage(forest, 'alpine'))).toBe(collapsed)
  })
})
