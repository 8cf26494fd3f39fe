import { describe, expect, it } from 'vitest'
import { escapeForDisplay, hasInvisibleCharacters } from './display-text'

describe('escapeForDisplay', () => {
  it.each([
    ['python:3.12-slim', 'python:3.12-slim'],
    ['admin\u202e\u2066txt.exe', 'admin\\u202e\\u2066txt.exe'],
    ['a\u0000b\u001b[31mred', 'a\\u0000b\\u001b[31mred'],
    ['RUN a \\\n  && b', 'RUN a \\\\n  && b'],
    ['tab\there', 'tab\\there'],
    ['zero\u200bwidth\ufeff', 'zero\\u200bwidth\\ufeff'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['lone \ud800 half', 'lone \\ud800 half'],
    ['emoji 🐳 stays', 'emoji 🐳 stays'],
    ['ünïcödé and 日本語 stay', 'ünïcödé and 日本語 stay'],
    ['replacement \ufffd from invalid UTF-8 stays visible', 'replacement \ufffd from invalid UTF-8 stays visible'],
  ])('%j → %j', (text, shown) => {
    expect(escapeForDisplay(text)).toBe(shown)
  })

  it('keeps line breaks when asked, still escaping the rest', () => {
    expect(escapeForDisplay('a\n\u202eb', { keepLineBreaks: true })).toBe('a\n\\u202eb')
  })

  it('cuts a megabyte label to a readable length and says how much is left', () => {
    const shown = escapeForDisplay('x'.repeat(1_000_000), { maxLength: 200 })
    expect(shown).toBe(`${'x'.repeat(200)}… (999,800 more characters)`)
  })

  it('tells whether a text needs escaping at all', () => {
    expect(hasInvisibleCharacters('plain')).toBe(false)
    expect(hasInvisibleCharacters('bidi \u202e')).toBe(true)
    expect(hasInvisibleCharacters('bidi \u202e')).toBe(true)
  })
})
