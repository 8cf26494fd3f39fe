import { describe, expect, it } from 'vitest'
import type { EngineHistoryEntry, EngineImageInspect, EngineImageSummary } from '../engine/engine-api-types'
import { EMPTY_LAYER_DIFF_ID } from './align-history'
import {
  cleanDigests,
  cleanTags,
  compareNewestFirst,
  summaryFromInspect,
  toHistorySteps,
  toImageDetail,
  toImageSummary,
} from './image-mapping'

const ID = 'sha256:' + 'a'.repeat(64)

function listed(overrides: Partial<EngineImageSummary> = {}): EngineImageSummary {
  return {
    Id: ID,
    ParentId: '',
    RepoTags: ['app:1', 'app:latest'],
    RepoDigests: [],
    Created: 1_714_564_800,
    Size: 4_260_000,
    Labels: { team: 'core' },
    ...overrides,
  }
}

function inspected(overrides: Partial<EngineImageInspect> = {}): EngineImageInspect {
  return {
    Id: ID,
    RepoTags: ['app:1'],
    RepoDigests: null,
    Parent: '',
    Comment: '',
    Created: '2024-05-01T12:00:00.987654321Z',
    Author: '',
    Architecture: 'amd64',
    Os: 'linux',
    Size: 4_260_000,
    Config: {
      User: 'app',
      WorkingDir: '',
      Entrypoint: null,
      Cmd: ['/app'],
      Env: ['PATH=/bin'],
      ExposedPorts: { '8080/tcp': {}, '53/udp': {} },
      Labels: null,
    },
    RootFS: { Type: 'layers', Layers: ['sha256:root', 'sha256:app'] },
    ...overrides,
  }
}

function entry(createdBy: string, size: number, overrides: Partial<EngineHistoryEntry> = {}): EngineHistoryEntry {
  return { Id: '<missing>', Created: 1_714_564_800, CreatedBy: createdBy, Tags: null, Size: size, Comment: '', ...overrides }
}

describe('tags and digests', () => {
  it('drops the engine placeholders for no tag and no digest', () => {
    expect(cleanTags(['<none>:<none>', 'a:1'])).toEqual(['a:1'])
    expect(cleanTags(null)).toEqual([])
    expect(cleanDigests(['<none>@<none>'])).toEqual([])
    expect(cleanDigests(['a@sha256:1'])).toEqual(['a@sha256:1'])
  })
})

describe('toImageSummary', () => {
  it('maps a listed image with its tags, size, ISO date, labels and layer count', () => {
    expect(toImageSummary(listed(), 3)).toEqual({
      id: ID,
      tags: ['app:1', 'app:latest'],
      repoDigests: [],
      isDangling: false,
      sizeBytes: 4_260_000,
      createdAt: '2024-05-01T12:00:00.000Z',
      layerCount: 3,
      labels: { team: 'core' },
    })
  })

  it('marks an image with neither tag nor digest as dangling', () => {
    const summary = toImageSummary(listed({ RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'], Labels: null }), 1)
    expect(summary).toMatchObject({ tags: [], repoDigests: [], isDangling: true, labels: {} })
  })

  it('does not call an untagged image that a digest still names dangling', () => {
    const summary = toImageSummary(listed({ RepoTags: [], RepoDigests: ['app@sha256:' + 'b'.repeat(64)] }), 1)
    expect(summary.isDangling).toBe(false)
  })

  it("keeps Go's zero time rather than inventing a date", () => {
    expect(toImageSummary(listed({ Created: -62_135_596_800 }), 1).createdAt).toBe('0001-01-01T00:00:00.000Z')
  })
})

describe('summaryFromInspect', () => {
  it('gives the same createdAt as the list, so both views agree', () => {
    expect(summaryFromInspect(inspected()).createdAt).toBe(toImageSummary(listed(), 2).createdAt)
  })

  it('counts RootFS layers and takes labels from the config', () => {
    const summary = summaryFromInspect(inspected({ Config: { Labels: { a: 'b' } } }))
    expect(summary).toMatchObject({ layerCount: 2, labels: { a: 'b' }, repoDigests: [] })
  })
})

describe('compareNewestFirst', () => {
  it('puts the newest image first, then orders ties by name', () => {
    const old = toImageSummary(listed({ Id: 'sha256:1', Created: 100, RepoTags: ['z:1'] }), 1)
    const newB = toImageSummary(listed({ Id: 'sha256:2', Created: 200, RepoTags: ['b:1'] }), 1)
    const newA = toImageSummary(listed({ Id: 'sha256:3', Created: 200, RepoTags: ['a:1'] }), 1)
    const dangling = toImageSummary(listed({ Id: 'sha256:4', Created: 200, RepoTags: [] }), 1)
    expect([old, dangling, newB, newA].sort(compareNewestFirst).map((image) => image.id))
      .toEqual(['sha256:3', 'sha256:2', 'sha256:4', 'sha256:1'])
  })
})

describe('toHistorySteps', () => {
  const newestFirst = [
    entry('/bin/sh -c #(nop)  CMD ["/app"]', 0, { Id: ID, Tags: ['app:1', '<none>:<none>'], Created: 300 }),
    entry('/bin/sh -c #(nop) COPY file:abc in /app ', 1200, { Created: 200 }),
    entry('', 5000, { Comment: 'Imported from -', Created: 0 }),
  ]

  it('turns the newest-first history into numbered steps, oldest first', () => {
    const { history, alignment } = toHistorySteps(newestFirst, ['sha256:root', 'sha256:app'])
    expect(alignment).toBe('exact')
    expect(history).toEqual([
      { step: 1, instruction: 'IMPORT', createdBy: '', sizeBytes: 5000, isEmpty: false, createdAt: null, comment: 'Imported from -', diffId: 'sha256:root', tags: [] },
      { step: 2, instruction: 'COPY', createdBy: 'COPY file:abc in /app', sizeBytes: 1200, isEmpty: false, createdAt: '1970-01-01T00:03:20.000Z', comment: null, diffId: 'sha256:app', tags: [] },
      { step: 3, instruction: 'CMD', createdBy: 'CMD ["/app"]', sizeBytes: 0, isEmpty: true, createdAt: '1970-01-01T00:05:00.000Z', comment: null, diffId: null, tags: ['app:1'] },
    ])
  })

  it('marks zero-byte steps that produced an empty layer as not empty', () => {
    const entries = [entry('/bin/sh -c true', 0), entry('', 5000, { Comment: 'Imported from -' })]
    const { history } = toHistorySteps(entries, ['sha256:root', EMPTY_LAYER_DIFF_ID])
    expect(history.map((step) => [step.isEmpty, step.diffId])).toEqual([[false, 'sha256:root'], [false, EMPTY_LAYER_DIFF_ID]])
  })

  it('uses the layer counts of intermediate images, found by the entry IDs', () => {
    const entries = [
      entry('/bin/sh -c true', 0, { Id: 'sha256:top' }),
      entry('/bin/sh -c mkdir /y', 0, { Id: 'sha256:mkdir' }),
      entry('', 5000, { Comment: 'Imported from -', Id: 'sha256:root' }),
    ]
    const guessed = toHistorySteps(entries, ['sha256:root', 'sha256:y'])
    expect(guessed.alignment).toBe('inferred')
    const known = toHistorySteps(entries, ['sha256:root', 'sha256:y'], new Map([['sha256:mkdir', 2], ['sha256:root', 1]]))
    expect(known.alignment).toBe('exact')
    expect(known.history.map((step) => step.diffId)).toEqual(['sha256:root', 'sha256:y', null])
  })

  it('falls back to "empty when it added no bytes" when the layers cannot be matched', () => {
    const { history, alignment } = toHistorySteps(newestFirst, ['sha256:only'])
    expect(alignment).toBe('mismatch')
    expect(history.map((step) => [step.isEmpty, step.diffId])).toEqual([[false, null], [false, null], [true, null]])
  })
})

describe('toImageDetail', () => {
  it('maps the platform and the run configuration, with null for what is absent', () => {
    const detail = toImageDetail(inspected(), [entry('COPY app /app # buildkit', 10), entry('', 5, { Comment: 'Imported from -' })])
    expect(detail).toMatchObject({
      architecture: 'amd64',
      os: 'linux',
      variant: null,
      author: null,
      config: { user: 'app', workingDir: null, entrypoint: null, cmd: ['/app'], env: ['PATH=/bin'], exposedPorts: ['8080/tcp', '53/udp'] },
      diffIds: ['sha256:root', 'sha256:app'],
      alignment: 'exact',
    })
    expect(detail.history).toHaveLength(2)
  })

  it('reads an image without a config or layers', () => {
    const detail = toImageDetail(inspected({ Config: null, RootFS: { Type: 'layers' }, Variant: 'v8' }), [])
    expect(detail).toMatchObject({
      variant: 'v8',
      config: { user: null, workingDir: null, entrypoint: null, cmd: null, env: [], exposedPorts: [] },
      diffIds: [],
      history: [],
      alignment: 'exact',
    })
    expect(detail.summary.labels).toEqual({})
  })
})
