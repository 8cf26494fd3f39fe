import { describe, expect, it } from 'vitest'
import { formatTable } from './table'

describe('formatTable with text an image chose', () => {
  it('keeps one row per item and shows line breaks, bidi overrides and escapes visibly', () => {
    const rows = [
      ['RUN echo a\nRUN echo b', 'admin\u202e\u2066txt'],
      ['\u001b[2J cleared', 'ok'],
    ]
    const lines = formatTable(['COMMAND', 'LABEL'], rows).trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('RUN echo a\\nRUN echo b')
    expect(lines[1]).toContain('admin\\u202e\\u2066txt')
    expect(lines[2]).toContain('\\u001b[2J cleared')
    for (const raw of ['\u202e', '\u2066', '\u001b']) expect(lines.join('\n')).not.toContain(raw)
  })
})
