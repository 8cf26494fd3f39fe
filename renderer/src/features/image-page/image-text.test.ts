import { describe, expect, it } from 'vitest'
import { alignmentNote, commandPreview } from './image-text'

describe('command preview', () => {
  it('keeps a short command whole', () => {
    expect(commandPreview('RUN apk add curl')).toEqual({ text: 'RUN apk add curl', isTruncated: false })
  })

  it('cuts a long or multi-line command', () => {
    expect(commandPreview('RUN ' + 'x'.repeat(300)).isTruncated).toBe(true)
    expect(commandPreview('RUN a \\\n  && b')).toEqual({ text: 'RUN a \\…', isTruncated: true })
  })
})

describe('alignment note', () => {
  it('says nothing when steps and layers matched exactly', () => {
    expect(alignmentNote('exact')).toBeNull()
    expect(alignmentNote('inferred')).toMatch(/empty/)
  })
})
