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

describe('images.analyzeMany', () => {
  it('takes a list of references, trimmed and each once, or null for every local image', () => {
    expect(validateRequest('images.analyzeMany', { references: [' app:1 ', 'app:1', 'b'] })).toEqual({ references: ['app:1', 'b'] })
    expect(validateRequest('images.analyzeMany', { references: null })).toEqual({ references: null })
  })

  it('refuses an empty list, a string, an unknown field and more than 1,000 images', () => {
    expect(refusal(() => validateRequest('images.analyzeMany', { references: [] }))).toContain('at least one image')
    expect(refusal(() => validateRequest('images.analyzeMany', { references: 'all' }))).toContain('references')
    expect(refusal(() => validateRequest('images.analyzeMany', { references: null, all: true }))).toContain('all')
    expect(refusal(() => validateRequest('images.analyzeMany', { references: Array.from({ length: 1001 }, (_, i) => `i${i}`) }))).toContain('at most 1000')
  })
})

describe('images.compare and report.export', () => {
  it('images.compare takes one to sixteen references, trimmed, each once', () => {
    expect(validateRequest('images.compare', { references: [' app:1.0 ', 'python:3.12-slim'] })).toEqual({ references: ['app:1.0', 'python:3.12-slim'] })
    expect(validateRequest('images.compare', { references: ['a', 'b', 'a'] })).toEqual({ references: ['a', 'b'] })
    expect(validateRequest('images.compare', { references: ['only-one'] })).toEqual({ references: ['only-one'] })
    expect(refusal(() => validateRequest('images.compare', { references: [] }))).toContain('at least one image')
    expect(refusal(() => validateRequest('images.compare', { references: Array.from({ length: 17 }, (_, index) => `i${index}`) }))).toContain('at most 16')
  })

  it('images.compare refuses anything but a list of non-empty strings', () => {
    expect(refusal(() => validateRequest('images.compare', {}))).toContain('references')
    expect(refusal(() => validateRequest('images.compare', { references: 'a,b' }))).toContain('references')
    expect(refusal(() => validateRequest('images.compare', { references: ['a', ' '] }))).toContain('non-empty')
    expect(refusal(() => validateRequest('images.compare', { references: ['a', 7] }))).toContain('non-empty')
    expect(refusal(() => validateRequest('images.compare', { references: ['a', 'b'], path: '/tmp' }))).toContain('path')
  })

  it('report.export takes references and one of the five formats, never a path', () => {
    expect(validateRequest('report.export', { references: ['a', 'b'], format: 'pdf' })).toEqual({ references: ['a', 'b'], format: 'pdf' })
    for (const format of ['html', 'md', 'json', 'csv']) {
      expect(validateRequest('report.export', { references: ['a', 'b'], format })).toMatchObject({ format })
    }
    expect(refusal(() => validateRequest('report.export', { references: ['a', 'b'], format: 'docx' }))).toContain('format')
    expect(refusal(() => validateRequest('report.export', { references: ['a', 'b'] }))).toContain('format')
    expect(refusal(() => validateRequest('report.export', { references: ['a', 'b'], format: 'md', path: '/etc/passwd' }))).toContain('path')
  })

  it('settings.update cannot set the last report folder: only report.export keeps it', () => {
    expect(refusal(() => validateRequest('settings.update', { lastReportFolder: '/etc' }))).toContain('lastReportFolder')
  })
})

describe('layers.scan, layers.get and layers.tree', () => {
  it('layers.scan and layers.get take one reference and nothing else', () => {
    expect(validateRequest('layers.scan', { reference: 'app:1.0' })).toEqual({ reference: 'app:1.0' })
    expect(validateRequest('layers.get', { reference: 'sha256:abc' })).toEqual({ reference: 'sha256:abc' })
    expect(refusal(() => validateRequest('layers.scan', {}))).toContain('reference')
    expect(refusal(() => validateRequest('layers.scan', { reference: 'app', path: '/tmp/out.tar' }))).toContain('path')
    expect(refusal(() => validateRequest('layers.get', { reference: 42 }))).toContain('reference')
  })

  it('an image request may name one platform, spelt as OCI does, and nothing that is not one', () => {
    expect(validateRequest('layers.scan', { reference: 'app', platform: 'linux/arm64/v8' })).toEqual({ reference: 'app', platform: 'linux/arm64/v8' })
    expect(validateRequest('images.get', { reference: 'app', platform: null })).toEqual({ reference: 'app', platform: null })
    expect(validateRequest('layers.tree', { reference: 'app', platform: 'linux/amd64', layerIndex: 0, scope: 'layer' })).toMatchObject({ platform: 'linux/amd64' })
    for (const platform of ['linux', 'linux/amd64&all=1', '{"os":"linux"}', 'Linux/AMD64', 'a/b/c/d', 42, `linux/${'a'.repeat(40)}`]) {
      expect(refusal(() => validateRequest('images.analyze', { reference: 'app', platform }))).toContain('platform')
    }
  })

  it('layers.tree takes a reference, a whole layer index from 0 and a scope', () => {
    expect(validateRequest('layers.tree', { reference: 'app', layerIndex: 3, scope: 'cumulative' })).toEqual({ reference: 'app', layerIndex: 3, scope: 'cumulative' })
    expect(validateRequest('layers.tree', { reference: 'app', layerIndex: 0, scope: 'layer' })).toMatchObject({ scope: 'layer' })
    for (const layerIndex of [-1, 1.5, '2', null, 10_001]) {
      expect(refusal(() => validateRequest('layers.tree', { reference: 'app', layerIndex, scope: 'layer' }))).toContain('layerIndex')
    }
    expect(refusal(() => validateRequest('layers.tree', { reference: 'app', layerIndex: 0, scope: 'all' }))).toContain('scope')
    expect(refusal(() => validateRequest('layers.tree', { reference: 'app', layerIndex: 0 }))).toContain('scope')
    expect(refusal(() => validateRequest('layers.tree', { layerIndex: 0, scope: 'layer' }))).toContain('reference')
    expect(refusal(() => validateRequest('layers.tree', { reference: 'app', layerIndex: 0, scope: 'layer', depth: 2 }))).toContain('depth')
  })
})
