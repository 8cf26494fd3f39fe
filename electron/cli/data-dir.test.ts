import { describe, expect, it } from 'vitest'
import { cliDataDir } from './data-dir'

describe('cliDataDir', () => {
  it('uses $XDG_CACHE_HOME/baseline when it is set', () => {
    expect(cliDataDir({ XDG_CACHE_HOME: '/var/cache/me' }, '/home/me')).toBe('/var/cache/me/baseline')
  })

  it('falls back to ~/.cache/baseline when it is unset, empty or relative', () => {
    expect(cliDataDir({}, '/home/me')).toBe('/home/me/.cache/baseline')
    expect(cliDataDir({ XDG_CACHE_HOME: '' }, '/home/me')).toBe('/home/me/.cache/baseline')
    expect(cliDataDir({ XDG_CACHE_HOME: 'cache' }, '/home/me')).toBe('/home/me/.cache/baseline')
  })
})
