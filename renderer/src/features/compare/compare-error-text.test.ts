import { describe, expect, it } from 'vitest'
import { displayReference, missingReference } from './compare-error-text'

const references = ['app:1.0', 'app:1.0-slim', 'gone:1']

describe('which compared image is missing', () => {
  it('reads the reference from the error details', () => {
    const error = { code: 'IMAGE_NOT_FOUND' as const, message: 'No such image', details: { reference: 'gone:1' } }
    expect(missingReference(error, references)).toBe('gone:1')
  })

  it('falls back to the reference the message names, the longest match first', () => {
    expect(missingReference({ code: 'IMAGE_NOT_FOUND', message: 'No such image: app:1.0-slim' }, references)).toBe('app:1.0-slim')
  })

  it('names none for other failures or a message naming nothing asked for', () => {
    expect(missingReference({ code: 'DOCKER_UNREACHABLE', message: 'No such image: app:1.0' }, references)).toBeNull()
    expect(missingReference({ code: 'IMAGE_NOT_FOUND', message: 'No such image: other' }, references)).toBeNull()
  })
})

describe('a reference in words', () => {
  it('shortens a full image ID and leaves names alone', () => {
    expect(displayReference(`sha256:${'a'.repeat(64)}`)).toBe('aaaaaaaaaaaa')
    expect(displayReference('app:1.0')).toBe('app:1.0')
  })

  it('shows a bidi override in a reference from a link as an escape', () => {
    expect(displayReference('app\u202e:1')).toBe('app\\u202e:1')
  })
})
