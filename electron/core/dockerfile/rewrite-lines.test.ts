import { describe, expect, it } from 'vitest'
import { fromEditable, instructionSpan, toEditable } from './rewrite-lines'

describe('editable lines', () => {
  it('round-trips LF, CRLF, mixed endings and a missing final newline byte for byte', () => {
    for (const text of ['', 'FROM a\n', 'FROM a\r\nRUN b\r\n', 'FROM a\nRUN b\r\nCMD c', '\n\n']) {
      expect(fromEditable(toEditable(text))).toBe(text)
    }
  })

  it('puts added lines after a last line with no newline on lines of their own, in the file\'s ending', () => {
    const text = toEditable('FROM a\r\nCMD b')
    text.lines[1]?.after.push('USER 65532')
    expect(fromEditable(text)).toBe('FROM a\r\nCMD b\r\nUSER 65532')
  })

  it('spans a continuation across comment lines with the escape character in use', () => {
    const text = toEditable('FROM a\nRUN x `\n  # note\n  && y\nCMD z\n')
    expect(instructionSpan(text, 2, '`')).toEqual([1, 2, 3])
    expect(instructionSpan(text, 2, '\\')).toEqual([1])
  })
})
