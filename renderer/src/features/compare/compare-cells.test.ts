import { describe, expect, it } from 'vitest'
import { displayCell } from './compare-cells'

const TROJAN = 'app\u202e:1\u200b'

describe('a comparison cell as the table shows it', () => {
  it('rounds a size as the image list does, keeps the exact figure, and signs its difference from the first column', () => {
    expect(displayCell({ kind: 'size', bytes: 4_259_840, deltaBytes: -70_000_000, note: 'catalogue figure' })).toEqual({
      kind: 'size',
      text: '4.26 MB',
      exact: '4,259,840 bytes',
      delta: '\u221270 MB',
      note: 'catalogue figure',
    })
    expect(displayCell({ kind: 'size', bytes: 0, deltaBytes: null, note: null })).toMatchObject({ text: '0 B', delta: null })
  })

  it('shows every text from an image with its bidi and zero-width characters as escapes', () => {
    const cells = [
      displayCell({ kind: 'text', text: TROJAN, note: TROJAN, detail: TROJAN }),
      displayCell({ kind: 'list', items: [TROJAN], ordered: false }),
      displayCell({ kind: 'recommendation', reference: TROJAN, fromLine: `FROM ${TROJAN}`, sizeBytes: null, deltaBytes: null, reason: TROJAN }),
      displayCell({ kind: 'pinning', reference: TROJAN, verdict: 'minor', explanation: TROJAN }),
      displayCell({ kind: 'missing', why: TROJAN }),
    ]
    const shown = JSON.stringify(cells)
    expect(shown).not.toContain('\u202e')
    expect(shown).not.toContain('\u200b')
    expect(shown).toContain('app\\\\u202e:1\\\\u200b')
  })

  it('cuts a very long tag instead of letting it widen the table', () => {
    const cell = displayCell({ kind: 'list', items: ['x'.repeat(2_000)], ordered: false })
    expect(cell.kind === 'list' && cell.items[0]).toMatch(/^x{300}… \(1,700 more characters\)$/)
  })

  it('carries the pinning verdict for the badge and says a count plainly', () => {
    expect(displayCell({ kind: 'pinning', reference: 'busybox:1.37', verdict: 'minor', explanation: '1.37 names a minor version' })).toMatchObject({
      kind: 'pinning',
      pinning: { reference: 'busybox:1.37', class: 'minor' },
    })
    expect(displayCell({ kind: 'count', value: 3, note: 'with the others' })).toEqual({ kind: 'text', text: '3', note: 'with the others', hover: undefined })
  })
})
