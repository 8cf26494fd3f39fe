import { describe, expect, it } from 'vitest'
import { compareHref, hrefOf, imageHref, parseHash } from './routes'

describe('hash routes', () => {
  it('opens the image list when there is no hash', () => {
    expect(parseHash('')).toEqual({ name: 'images' })
    expect(parseHash('#/')).toEqual({ name: 'images' })
    expect(parseHash('#/images/')).toEqual({ name: 'images' })
  })

  it('reads the Dockerfile page, with or without a trailing slash', () => {
    expect(parseHash(hrefOf({ name: 'dockerfile' }))).toEqual({ name: 'dockerfile' })
    expect(parseHash('#/dockerfile/')).toEqual({ name: 'dockerfile' })
  })

  it('reads the engine page', () => {
    expect(parseHash('#/engine')).toEqual({ name: 'engine' })
  })

  it('reads the lineage page, with or without a trailing slash', () => {
    expect(parseHash(hrefOf({ name: 'lineage' }))).toEqual({ name: 'lineage' })
    expect(parseHash('#/lineage/')).toEqual({ name: 'lineage' })
  })

  it('round-trips an image ID with its colon kept readable', () => {
    const id = 'sha256:0123456789abcdef'
    expect(imageHref(id)).toBe('#/images/sha256:0123456789abcdef')
    expect(parseHash(imageHref(id))).toEqual({ name: 'image', id })
  })

  it('round-trips a reference with a slash and a port', () => {
    const id = 'registry.local:5000/team/app:v1'
    expect(parseHash(hrefOf({ name: 'image', id }))).toEqual({ name: 'image', id })
  })

  it('round-trips a comparison, each reference escaped whole and kept in order', () => {
    const references = ['registry.local:5000/team/app:v1', 'sha256:0123456789abcdef', 'odd,name:1']
    const href = compareHref(references)
    expect(href).toBe('#/compare/registry.local:5000%2Fteam%2Fapp:v1,sha256:0123456789abcdef,odd%2Cname:1')
    expect(parseHash(href)).toEqual({ name: 'compare', references })
  })

  it('reads a comparison without its repeats and empty pieces, and one with no images yet', () => {
    expect(parseHash('#/compare/a:1,,b:2,a:1')).toEqual({ name: 'compare', references: ['a:1', 'b:2'] })
    expect(parseHash('#/compare')).toEqual({ name: 'compare', references: [] })
    expect(parseHash('#/compare/')).toEqual({ name: 'compare', references: [] })
  })

  it('says not found for a comparison with a broken escape', () => {
    expect(parseHash('#/compare/a:1,%E0%A4%A')).toMatchObject({ name: 'not-found' })
  })

  it('reads the files page of an image, its ID kept whole', () => {
    const id = 'sha256:0123456789abcdef'
    expect(hrefOf({ name: 'image-files', id })).toBe('#/images/sha256:0123456789abcdef/files')
    expect(parseHash(hrefOf({ name: 'image-files', id }))).toEqual({ name: 'image-files', id })
    expect(hrefOf({ name: 'image', id, platform: 'linux/arm64/v8' })).toBe('#/images/sha256:0123456789abcdef?platform=linux%2Farm64%2Fv8')
    expect(parseHash(hrefOf({ name: 'image-files', id, platform: 'linux/arm64/v8' }))).toEqual({ name: 'image-files', id, platform: 'linux/arm64/v8' })
    const reference = 'registry.local:5000/team/app:v1'
    expect(parseHash(hrefOf({ name: 'image-files', id: reference }))).toEqual({ name: 'image-files', id: reference })
    expect(parseHash('#/images/app/files/')).toEqual({ name: 'image-files', id: 'app' })
  })

  it('says not found for anything else, including broken escapes', () => {
    expect(parseHash('#/nope')).toEqual({ name: 'not-found', hash: '#/nope' })
    expect(parseHash('#/images/%E0%A4%A')).toMatchObject({ name: 'not-found' })
  })
})
