import { describe, expect, it } from 'vitest'
import { csvField, guardFormula, renderCsv } from './render-csv'
import { sampleComparison } from './test-support/sample-comparison'

/** A small RFC 4180 reader, enough to prove what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? ''
    const next = text[index + 1]
    if (quoted && character === '"' && next === '"') {
      field += '"'
      index += 1
    } else if (character === '"') {
      quoted = !quoted
    } else if (!quoted && character === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && character === '\r' && next === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      index += 1
    } else {
      field += character
    }
  }
  return rows
}

describe('renderCsv', () => {
  const rows = parseCsv(renderCsv(sampleComparison()))

  it('has a header row and one row per image, all of the same width', () => {
    expect(rows).toHaveLength(3)
    expect(rows[0]?.slice(0, 3)).toEqual(['reference', 'source', 'id'])
    expect(rows.map((row) => row.length)).toEqual([rows[0]?.length, rows[0]?.length, rows[0]?.length])
    expect(rows[1]?.[0]).toBe('shop/app:1.0')
    expect(rows[2]?.[1]).toBe('catalogue')
  })

  it('keeps figures as plain numbers, negative deltas included', () => {
    const header = rows[0] ?? []
    const app = rows[1] ?? []
    expect(app[header.indexOf('sizeBytes')]).toBe('131000000')
    expect(app[header.indexOf('recommendedDeltaBytes')]).toBe('-61000000')
  })

  it('says on every row when and how it was made', () => {
    const header = rows[0] ?? []
    expect(rows[1]?.[header.indexOf('generatedAt')]).toBe('2026-05-04T14:12:09.000Z')
    expect(rows[2]?.[header.indexOf('analyzerVersion')]).toBe('2')
    expect(rows[2]?.[header.indexOf('engine')]).toBe('20.10.24 unix:///var/run/docker.sock')
  })
})

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('%j -> %j', (text, field) => {
    expect(csvField(text)).toBe(field)
  })
})

describe('guardFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+SUM(A1)', `'+SUM(A1)`],
    ['-2+3', `'-2+3`],
    ['@cmd', `'@cmd`],
    ['python:3.12', 'python:3.12'],
  ])('text %j -> %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded)
  })

  it('leaves numbers we wrote alone, and writes null as an empty cell', () => {
    expect(guardFormula(-61_000_000)).toBe('-61000000')
    expect(guardFormula(null)).toBe('')
    expect(guardFormula(false)).toBe('false')
  })
})
