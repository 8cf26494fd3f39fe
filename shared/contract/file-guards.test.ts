import { describe, expect, it } from 'vitest'
import { validateRequest } from './guards'
import { FILE_PATH_MAX_LENGTH } from './limits'

const refused = (run: () => unknown): string => {
  try {
    run()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the request was accepted')
}

describe('files.read / files.get / files.compare guards', () => {
  it('keep an image, a layer from 0 or null for the top, and a path; nothing else', () => {
    expect(validateRequest('files.read', { reference: ' app:1 ', layerIndex: 2, path: '/etc/os-release' })).toEqual({ reference: 'app:1', layerIndex: 2, path: '/etc/os-release' })
    expect(validateRequest('files.get', { reference: 'app:1', path: 'etc/x' })).toEqual({ reference: 'app:1', layerIndex: null, path: 'etc/x' })
    expect(refused(() => validateRequest('files.read', { reference: 'a', path: '/x', layerIndex: null, extra: 1 }))).toContain('does not take extra')
  })

  it('refuse a path past PATH_MAX, an empty one, one with NUL or a line break, and a bad layer', () => {
    expect(validateRequest('files.read', { reference: 'a', layerIndex: null, path: `/${'a'.repeat(FILE_PATH_MAX_LENGTH - 1)}` }).path).toHaveLength(FILE_PATH_MAX_LENGTH)
    expect(refused(() => validateRequest('files.read', { reference: 'a', layerIndex: null, path: `/${'a'.repeat(FILE_PATH_MAX_LENGTH)}` }))).toContain('longer than 4096')
    expect(refused(() => validateRequest('files.read', { reference: 'a', layerIndex: null, path: '' }))).toContain('needs path')
    expect(refused(() => validateRequest('files.read', { reference: 'a', layerIndex: null, path: '/etc/\u0000x' }))).toContain('NUL')
    expect(refused(() => validateRequest('files.read', { reference: 'a', layerIndex: -1, path: '/x' }))).toContain('layerIndex')
    expect(refused(() => validateRequest('files.read', { reference: 'a', layerIndex: 1.5, path: '/x' }))).toContain('layerIndex')
  })

  it('compare exactly two different images', () => {
    expect(validateRequest('files.compare', { references: ['a', 'b'] })).toEqual({ references: ['a', 'b'] })
    expect(refused(() => validateRequest('files.compare', { references: ['a'] }))).toContain('at least 2 images')
    expect(refused(() => validateRequest('files.compare', { references: ['a', 'b', 'c'] }))).toContain('at most 2')
    expect(refused(() => validateRequest('files.compare', { references: ['a', 'a'] }))).toContain('two different images')
  })
})
