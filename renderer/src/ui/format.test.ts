import { describe, expect, it } from 'vitest'
import { formatDateTime, formatExactBytes } from './format'

describe('formatting helpers', () => {
  it('gives the exact byte count with separators', () => {
    expect(formatExactBytes(119_304_832)).toBe('119,304,832 bytes')
    expect(formatExactBytes(1)).toBe('1 byte')
  })

  it('formats a date, and nothing for a missing or broken one', () => {
    expect(formatDateTime('2024-03-12T14:03:11Z')).toMatch(/2024/)
    expect(formatDateTime(null)).toBeUndefined()
    expect(formatDateTime('not a date')).toBeUndefined()
  })
})
