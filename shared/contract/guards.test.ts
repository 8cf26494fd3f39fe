import { describe, expect, it } from 'vitest'
import { ApiError } from './errors'
import { validateRequest } from './guards'
import { methodNames } from './methods'

function refusal(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('INVALID_REQUEST')
    return (error as ApiError).message
  }
  throw new Error('the request was accepted')
}

describe('every method has a guard', () => {
  it.each(methodNames)('%s refuses a non-object request', (method) => {
    expect(refusal(() => validateRequest(method, 'a string'))).toContain(method)
    expect(refusal(() => validateRequest(method, [1, 2]))).toContain(method)
  })
})

describe('request guards keep only what they know', () => {
  it('images.get trims the reference and refuses extra fields', () => {
    expect(validateRequest('images.get', { reference: '  python:3.12 ' })).toEqual({ reference: 'python:3.12' })
    expect(refusal(() => validateRequest('images.get', { reference: 'x', path: '/etc' }))).toContain('path')
  })

  it('images.analyze needs a non-empty reference of bounded length', () => {
    expect(refusal(() => validateRequest('images.analyze', {}))).toContain('reference')
    expect(refusal(() => validateRequest('images.analyze', { reference: '   ' }))).toContain('reference')
    expect(refusal(() => validateRequest('images.analyze', { reference: 'a'.repeat(5000) }))).toContain('longer')
    expect(refusal(() => validateRequest('images.analyze', { reference: 42 }))).toContain('reference')
  })

  it('engine.status takes an optional boolean refresh only', () => {
    expect(validateRequest('engine.status', undefined)).toEqual({})
    expect(validateRequest('engine.status', { refresh: true })).toEqual({ refresh: true })
    expect(refusal(() => validateRequest('engine.status', { refresh: 'yes' }))).toContain('refresh')
  })

  it('settings.update accepts an endpoint or null and nothing else', () => {
    expect(validateRequest('settings.update', { engineEndpoint: ' unix:///x.sock ' })).toEqual({ engineEndpoint: 'unix:///x.sock' })
    expect(validateRequest('settings.update', { engineEndpoint: '' })).toEqual({ engineEndpoint: null })
    expect(validateRequest('settings.update', { engineEndpoint: null })).toEqual({ engineEndpoint: null })
    expect(refusal(() => validateRequest('settings.update', { theme: 'dark' }))).toContain('theme')
  })

  it('methods without parameters refuse any field', () => {
    expect(validateRequest('images.list', {})).toEqual({})
    expect(refusal(() => validateRequest('images.lineage', { all: true }))).toContain('all')
  })
})
