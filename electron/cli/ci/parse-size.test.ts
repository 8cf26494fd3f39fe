import { describe, expect, it } from 'vitest'
import { parseSize } from './parse-size'

describe('parseSize', () => {
  it.each([
    ['200MB', 200_000_000],
    ['200mb', 200_000_000],
    ['1.5 GB', 1_500_000_000],
    ['512MiB', 512 * 1024 * 1024],
    ['50kB', 50_000],
    ['1000', 1000],
    ['3g', 3_000_000_000],
  ])('%j is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })

  it.each(['', 'MB', '-5MB', '12 parsecs', '1,5GB', '0x10'])('%j is not a size', (text) => {
    expect(parseSize(text)).toBeNull()
  })
})
