import { describe, expect, it } from 'vitest'
import { hrefOf, imageHref, parseHash } from './routes'

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

  it('says not found for anything else, including broken escapes', () => {
    expect(parseHash('#/nope')).toEqual({ name: 'not-found', hash: '#/nope' })
    expect(parseHash('#/images/%E0%A4%A')).toMatchObject({ name: 'not-found' })
  })
})
