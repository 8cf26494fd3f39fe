import { describe, expect, it } from 'vitest'
import { formatMode, hexRows, looksLikeText, textLines } from './file-bytes'

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('looksLikeText', () => {
  it('takes UTF-8 text and refuses a NUL byte', () => {
    expect(looksLikeText(utf8('NAME="Debian"\nprix: 5 €\n'))).toBe(true)
    expect(looksLikeText(bytes(0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01))).toBe(false)
  })

  it('forgives a multi-byte character cut by the read limit, not random bytes', () => {
    expect(looksLikeText(utf8('abc €').subarray(0, 5), true)).toBe(true)
    expect(looksLikeText(bytes(...Array.from({ length: 64 }, (_, i) => 0x80 + (i % 60))))).toBe(false)
  })
})

describe('textLines', () => {
  it('shows bytes that are not UTF-8 as \\xNN segments of their own', () => {
    expect(textLines(bytes(0x63, 0x61, 0x66, 0xe9, 0x0a, 0x6f, 0x6b))).toEqual([
      [{ text: 'caf', isRawBytes: false }, { text: '\\xe9', isRawBytes: true }],
      [{ text: 'ok', isRawBytes: false }],
    ])
  })

  it('escapes bidi overrides and control characters, keeps tabs and drops the CR of CRLF', () => {
    expect(textLines(utf8('a\u202eb\tc\u0007\r\n'))).toEqual([[{ text: 'a\\u202eb\tc\\u0007', isRawBytes: false }]])
  })
})

describe('hexRows and formatMode', () => {
  it('prints 16 bytes a row with their offset and printable ASCII', () => {
    expect(hexRows(utf8('ABCDEFGHIJKLMNOPQ\n'))).toEqual([
      { offset: '00000000', hex: '41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50', ascii: 'ABCDEFGHIJKLMNOP' },
      { offset: '00000010', hex: '51 0a', ascii: 'Q.' },
    ])
  })

  it('writes a mode as four octal digits', () => {
    expect([formatMode(0o755), formatMode(0o4755), formatMode(null)]).toEqual(['0755', '4755', '—'])
  })
})
