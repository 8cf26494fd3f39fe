import { describe, expect, it } from 'vitest'
import { formatBytes, formatBytesLikeDocker, shortId } from './bytes'

describe('formatBytesLikeDocker matches docker image ls', () => {
  it.each([
    [0, '0B'],
    [999, '999B'],
    [1000, '1kB'],
    [4_261_000, '4.26MB'],
    [74_830_000, '74.8MB'],
    [119_210_000, '119MB'],
    [1_110_000_000, '1.11GB'],
    [999_999, '1e+03kB'],
  ])('%d bytes prints %s', (bytes, printed) => {
    expect(formatBytesLikeDocker(bytes)).toBe(printed)
  })
})

describe('formatBytes for people', () => {
  it('uses decimal units with a space', () => {
    expect(formatBytes(4_261_000)).toBe('4.26 MB')
    expect(formatBytes(0)).toBe('0 B')
    expect(formatBytes(1_660_000_000)).toBe('1.66 GB')
  })
})

describe('shortId', () => {
  it('drops the algorithm and keeps 12 hex characters', () => {
    expect(shortId('sha256:0123456789abcdef0123')).toBe('0123456789ab')
  })
})
