import { describe, expect, it } from 'vitest'
import { csvField, guardFormula, renderCsv } from './render-csv'
import { parseCsv } from './test-support/parse-csv'
import { sampleComparison } from './test-support/sample-comparison'

describe('renderCsv', () => {
  const comparison = sampleComparison()
  const rows = parseCsv(renderCsv(comparison))
  const rowOf = (key: string) => rows.find((row) => row[1] === key) ?? []

  it('has a header naming each image column, then one line per row of the table, all of the same width', () => {
    expect(rows[0]).toEqual(['section', 'key', 'row', 'shop/app:1.0', 'python:3.12-slim'])
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([5]))
    expect(rowOf('size.onDisk').slice(0, 3)).toEqual(['Summary', 'size.onDisk', 'Size on disk'])
  })

  it('keeps figures as exact numbers and leaves a missing fact empty', () => {
    expect(rowOf('size.onDisk').slice(3)).toEqual(['131000000', '119000000'])
    expect(rowOf('size.content').slice(3)).toEqual(['', '41000000'])
    expect(rowOf('recommendation').slice(3)).toEqual(['FROM python:3.12.3-alpine3.20', ''])
    expect(rowOf('total.saved').slice(2, 4)).toEqual(['Saved by sharing layers', '0'])
  })

  it('says in its last line when and how it was made', () => {
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['Report', 'provenance', 'Made'])
    expect(rows.at(-1)?.[3]).toContain('Generated 2026-05-04T14:12:09.000Z from Docker 20.10 · overlay2 graph driver')
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
  })
})
