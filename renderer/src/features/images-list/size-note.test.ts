import { describe, expect, it } from 'vitest'
import { sizeNoteOf } from './size-note'

describe('sizeNoteOf', () => {
  it('says which figure "On disk" is on each image store, and nothing when the store is unknown', () => {
    expect(sizeNoteOf('containerd')).toContain('compressed content plus the unpacked snapshot')
    expect(sizeNoteOf('podman')).toContain('layers as tar archives')
    expect(sizeNoteOf('graph-driver')).toContain('unpacked layers')
    expect(sizeNoteOf('unknown')).toBeNull()
  })
})
