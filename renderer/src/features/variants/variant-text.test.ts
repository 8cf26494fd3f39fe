import { describe, expect, it } from 'vitest'
import { currentName, deltaAgainstText, deltaText, deltaTone, libcText, shellText, sizeText } from './variant-text'

describe('variant figures in words', () => {
  it('gives a size rounded as Docker does, with a tilde when it is an approximation', () => {
    expect(sizeText(119_210_000)).toBe('119 MB')
    expect(sizeText(50_000_000, true)).toBe('~50 MB')
  })

  it('signs a delta with a real minus or a plus, and says when there is none to give', () => {
    expect(deltaText(-990_790_000)).toBe('\u2212991 MB')
    expect(deltaText(12_000_000)).toBe('+12 MB')
    expect(deltaText(0)).toBe('0 B')
    expect(deltaText(null)).toBe('not comparable')
  })

  it('names what a delta is against only when it is not the current column', () => {
    const current = { reference: 'busybox:1.37', family: null, variant: null, libc: null, sizeBytes: 1_990_000, sizeSource: 'measured, on disk' } as const
    expect(deltaAgainstText({ deltaAgainst: { reference: 'app:1.2', sizeBytes: 14_600_000 } }, current)).toBe('vs app:1.2')
    expect(deltaAgainstText({ deltaAgainst: { reference: 'busybox:1.37', sizeBytes: 1_990_000 } }, current)).toBeNull()
    expect(deltaAgainstText({ deltaAgainst: null }, current)).toBeNull()
    const unnamed = { ...current, reference: null }
    expect(deltaAgainstText({ deltaAgainst: { reference: 'the current base', sizeBytes: 1_990_000 } }, unnamed)).toBeNull()
    expect(deltaAgainstText({ deltaAgainst: { reference: 'app:1.2', sizeBytes: 14_600_000 } }, unnamed)).toBe('vs app:1.2')
  })

  it('tells smaller from larger for the colour of a delta', () => {
    expect([deltaTone(-1), deltaTone(1), deltaTone(0), deltaTone(null)]).toEqual(['smaller', 'larger', 'same', 'unknown'])
  })

  it('names the shell, or says there is none', () => {
    expect(shellText({ hasShell: true, shell: '/bin/sh (busybox ash)' })).toBe('/bin/sh (busybox ash)')
    expect(shellText({ hasShell: true, shell: null })).toBe('yes')
    expect(shellText({ hasShell: false, shell: null })).toBe('none')
  })

  it('says what no libc means', () => {
    expect(libcText('musl')).toBe('musl')
    expect(libcText('none')).toBe('none (static binaries only)')
  })

  it('names the current base, or says it is unknown', () => {
    expect(currentName('python:3.12')).toBe('python:3.12')
    expect(currentName(null)).toBe('unknown base')
  })
})
