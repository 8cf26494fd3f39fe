import { describe, expect, it } from 'vitest'
import { currentName, deltaText, deltaTone, libcText, shellText, sizeText } from './variant-text'

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
