import { describe, expect, it } from 'vitest'
import { alignHistory, EMPTY_LAYER_DIFF_ID, type AlignableStep } from './align-history'

const EMPTY = EMPTY_LAYER_DIFF_ID
const step = (instruction: string | null, sizeBytes = 0): AlignableStep => ({ instruction, sizeBytes })

describe('alignHistory', () => {
  it('gives every step that added bytes its layer in order and leaves metadata steps empty', () => {
    const steps = [step('ADD', 5_000_000), step('CMD'), step('RUN', 1200), step('ENV'), step('COPY', 30)]
    expect(alignHistory(steps, ['sha256:a', 'sha256:b', 'sha256:c'])).toEqual({
      diffIds: ['sha256:a', null, 'sha256:b', null, 'sha256:c'],
      alignment: 'exact',
    })
  })

  it('is exact when every zero-byte step must own a layer', () => {
    const steps = [step('IMPORT', 100), step('RUN'), step('ENV')]
    expect(alignHistory(steps, ['sha256:a', 'sha256:b', EMPTY])).toEqual({
      diffIds: ['sha256:a', 'sha256:b', EMPTY],
      alignment: 'exact',
    })
  })

  it('gives a missing layer to a zero-byte RUN rather than to metadata', () => {
    const steps = [step('ADD', 100), step('ENV'), step('RUN'), step('LABEL'), step('COPY', 10)]
    expect(alignHistory(steps, ['sha256:a', 'sha256:run', 'sha256:c'])).toEqual({
      diffIds: ['sha256:a', null, 'sha256:run', null, 'sha256:c'],
      alignment: 'inferred',
    })
  })

  it('prefers a RUN, COPY or ADD over an unknown line, and an unknown line over metadata', () => {
    const steps = [step('ADD', 100), step(null), step('ENV'), step('COPY'), step('CMD')]
    const layers = ['sha256:a', 'sha256:x', 'sha256:y']
    expect(alignHistory(steps, layers).diffIds).toEqual(['sha256:a', 'sha256:x', null, 'sha256:y', null])
  })

  it("gives Podman's 1,024-byte steps (an empty layer's tar size) their empty-tar layers", () => {
    // Podman 4.3's history of the zero-layer fixture: ADD, ENV, RUN (empty), LABEL, WORKDIR (empty), CMD.
    const steps = [step('ADD', 1_003_008), step('ENV'), step('RUN', 1024), step('LABEL'), step('WORKDIR', 1024), step('CMD')]
    expect(alignHistory(steps, ['sha256:root', EMPTY, EMPTY])).toEqual({
      diffIds: ['sha256:root', null, EMPTY, null, EMPTY, null],
      alignment: 'exact',
    })
  })

  it("gives Docker 26's 4,096-byte steps (an empty snapshot's one block) their empty-tar layers", () => {
    const steps = [step('ADD', 1_015_808), step('ENV'), step('RUN', 4096), step('LABEL'), step('WORKDIR', 4096), step('CMD')]
    expect(alignHistory(steps, ['sha256:root', EMPTY, EMPTY]).alignment).toBe('exact')
  })

  it('matches an empty-tar layer with a zero-byte step, never with a step that added bytes', () => {
    // Layers: root, empty tar, app. Only the zero-byte WORKDIR sits between root and app.
    const steps = [step('ADD', 100), step('RUN', 50), step('WORKDIR'), step('COPY', 10)]
    const result = alignHistory(steps, ['sha256:root', 'sha256:run', EMPTY, 'sha256:app'])
    expect(result).toEqual({
      diffIds: ['sha256:root', 'sha256:run', EMPTY, 'sha256:app'],
      alignment: 'exact',
    })
  })

  it('uses the position of an empty-tar layer to choose among zero-byte RUN steps', () => {
    const steps = [step('ADD', 100), step('RUN'), step('COPY', 10), step('RUN')]
    expect(alignHistory(steps, ['sha256:root', EMPTY, 'sha256:app'])).toEqual({
      diffIds: ['sha256:root', EMPTY, 'sha256:app', null],
      alignment: 'inferred',
    })
  })

  it('prefers COPY, which always commits a layer, over a zero-byte RUN', () => {
    const steps = [step('ADD', 100), step('RUN'), step('COPY')]
    expect(alignHistory(steps, ['sha256:root', 'sha256:copy']).diffIds).toEqual(['sha256:root', null, 'sha256:copy'])
  })

  // Measured on Engine 20.10 with the classic builder: `WORKDIR /app` committed a layer (it made
  // the folder), `RUN mkdir /y` did, and `RUN true` did not. Instructions alone cannot tell.
  const classicBuild = (counts: (number | null)[]) => [
    { ...step('COPY', 1_982_256), layersAfter: counts[0] },
    { ...step(null, 3216), layersAfter: counts[1] },
    { ...step('ENV'), layersAfter: counts[2] },
    { ...step('WORKDIR'), layersAfter: counts[3] },
    { ...step('RUN', 3), layersAfter: counts[4] },
    { ...step('RUN'), layersAfter: counts[5] },
    { ...step('RUN'), layersAfter: counts[6] },
    { ...step('COPY', 6), layersAfter: counts[7] },
  ]
  const classicLayers = ['sha256:busybox', 'sha256:install', 'sha256:workdir', 'sha256:echo', 'sha256:mkdir', 'sha256:copy']

  it('settles zero-byte steps exactly from the layer counts of the local intermediate images', () => {
    const result = alignHistory(classicBuild([1, 2, 2, 3, 4, 5, 5, 6]), classicLayers)
    expect(result).toEqual({
      diffIds: ['sha256:busybox', 'sha256:install', null, 'sha256:workdir', 'sha256:echo', 'sha256:mkdir', null, 'sha256:copy'],
      alignment: 'exact',
    })
  })

  it('stays exact when counts are known only where they matter, carried across steps that added bytes', () => {
    const result = alignHistory(classicBuild([null, 2, 2, 3, null, 5, null, null]), classicLayers)
    expect(result.alignment).toBe('exact')
    expect(result.diffIds[3]).toBe('sha256:workdir')
    expect(result.diffIds[6]).toBeNull()
  })

  it('is inferred when a zero-byte step still lacks a count on one side', () => {
    const result = alignHistory(classicBuild([null, 2, null, 3, null, null, null, null]), classicLayers)
    expect(result.alignment).toBe('inferred')
    expect(result.diffIds[3]).toBe('sha256:workdir')
  })

  it('ignores counts that contradict each other and falls back to instructions', () => {
    const result = alignHistory(classicBuild([1, 9, 2, 3, 4, 5, 5, 6]), classicLayers)
    expect(result.alignment).toBe('inferred')
    expect(result.diffIds.filter((id) => id !== null)).toHaveLength(6)
  })

  it('calls it a mismatch when more steps added bytes than there are layers', () => {
    const steps = [step('ADD', 100), step('RUN', 10), step('COPY', 5)]
    expect(alignHistory(steps, ['sha256:a', 'sha256:b'])).toEqual({
      diffIds: [null, null, null],
      alignment: 'mismatch',
    })
  })

  it('calls it a mismatch when there are more layers than steps could produce', () => {
    const steps = [step('ADD', 100), step('CMD')]
    expect(alignHistory(steps, ['sha256:a', 'sha256:b', 'sha256:c'])).toEqual({
      diffIds: [null, null],
      alignment: 'mismatch',
    })
  })

  it('calls it a mismatch, with a best effort, when a step that added bytes meets an empty tar', () => {
    const steps = [step('ADD', 100), step('RUN', 10)]
    expect(alignHistory(steps, ['sha256:a', EMPTY])).toEqual({
      diffIds: ['sha256:a', EMPTY],
      alignment: 'mismatch',
    })
  })

  it('aligns nothing with nothing', () => {
    expect(alignHistory([], [])).toEqual({ diffIds: [], alignment: 'exact' })
    expect(alignHistory([step('CMD')], [])).toEqual({ diffIds: [null], alignment: 'exact' })
  })

  it('keeps a single imported root exact', () => {
    expect(alignHistory([step('IMPORT', 4_000_000)], ['sha256:root'])).toEqual({
      diffIds: ['sha256:root'],
      alignment: 'exact',
    })
  })

  it('handles a long history without slowing down', () => {
    const steps = Array.from({ length: 400 }, (_, index) => step(index % 3 === 0 ? 'RUN' : 'ENV', index % 2))
    const layers = Array.from({ length: 250 }, (_, index) => `sha256:${index}`)
    const result = alignHistory(steps, layers)
    expect(result.diffIds.filter((id) => id !== null)).toHaveLength(250)
    expect(result.alignment).toBe('inferred')
  })
})
