import { describe, expect, it } from 'vitest'
import { isStaleAfter, queryKey, stableJson } from './query-key'

describe('query keys', () => {
  it('names the same request the same way whatever the key order', () => {
    expect(queryKey('images.get', { reference: 'a' })).toBe('images.get {"reference":"a"}')
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe(stableJson({ a: { c: 3, d: 2 }, b: 1 }))
  })

  it('ignores undefined fields, so an optional flag left out is the same request', () => {
    expect(queryKey('engine.status', { refresh: undefined })).toBe(queryKey('engine.status', {}))
  })

  it('tells different requests apart', () => {
    expect(queryKey('images.get', { reference: 'a' })).not.toBe(queryKey('images.get', { reference: 'b' }))
    expect(queryKey('engine.status', { refresh: true })).not.toBe(queryKey('engine.status', {}))
  })
})

describe('which answers an event makes stale', () => {
  it('an image event refreshes image answers only', () => {
    expect(isStaleAfter('images.changed', 'images.list')).toBe(true)
    expect(isStaleAfter('images.changed', 'images.get')).toBe(true)
    expect(isStaleAfter('images.changed', 'engine.status')).toBe(false)
    expect(isStaleAfter('images.changed', 'settings.get')).toBe(false)
  })

  it('an engine change refreshes everything', () => {
    expect(isStaleAfter('engine.changed', 'images.list')).toBe(true)
    expect(isStaleAfter('engine.changed', 'settings.get')).toBe(true)
  })

  it('operation progress refreshes nothing', () => {
    expect(isStaleAfter('operation.progress', 'images.list')).toBe(false)
  })
})
