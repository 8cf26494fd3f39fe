import { describe, expect, it } from 'vitest'
import { cliCacheDirectory } from './cache-directory'

describe('the command line cache folder', () => {
  it('lives under XDG_CACHE_HOME when it is set', () => {
    expect(cliCacheDirectory({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/me')).toBe('/var/cache/me/baseline')
  })

  it('defaults to ~/.cache/baseline', () => {
    expect(cliCacheDirectory({}, '/home/me')).toBe('/home/me/.cache/baseline')
  })

  it('ignores an empty or relative XDG_CACHE_HOME, as the XDG spec says', () => {
    expect(cliCacheDirectory({ XDG_CACHE_HOME: '' }, '/home/me')).toBe('/home/me/.cache/baseline')
    expect(cliCacheDirectory({ XDG_CACHE_HOME: 'cache' }, '/home/me')).toBe('/home/me/.cache/baseline')
  })
})
