import { describe, expect, it } from 'vitest'
import { hasDisplay } from './ui-command'

describe('hasDisplay', () => {
  it('on Linux needs DISPLAY or WAYLAND_DISPLAY', () => {
    expect(hasDisplay({}, 'linux')).toBe(false)
    expect(hasDisplay({ DISPLAY: '' }, 'linux')).toBe(false)
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true)
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true)
  })

  it('elsewhere assumes a desktop', () => {
    expect(hasDisplay({}, 'darwin')).toBe(true)
  })
})
