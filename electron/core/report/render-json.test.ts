import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { renderJson } from './render-json'
import { sampleComparison } from './test-support/sample-comparison'

const schema = JSON.parse(readFileSync(join(__dirname, '../../../resources/report/comparison.schema.json'), 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

describe('renderJson', () => {
  it('writes the comparison as it is, schemaVersion 2, valid against the published schema', () => {
    const document: unknown = JSON.parse(renderJson(sampleComparison()))
    expect(document).toEqual(sampleComparison())
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is refused by the schema when a field goes missing or a new one appears unannounced', () => {
    const { totals: _totals, ...withoutTotals } = sampleComparison()
    expect(validate(withoutTotals)).toBe(false)
    const comparison = sampleComparison()
    expect(validate({ ...comparison, images: [{ ...comparison.images[0], surprise: 1 }] })).toBe(false)
    expect(validate({ ...comparison, schemaVersion: 1 })).toBe(false)
    const { sections: _sections, ...withoutRows } = comparison
    expect(validate(withoutRows)).toBe(false)
  })

  it('holds the table\'s rows to their shape: a cell of an unknown kind or a size of no kind is refused', () => {
    const comparison = sampleComparison()
    const [summary] = comparison.sections
    const [first] = summary?.rows ?? []
    if (!summary || !first) throw new Error('the sample has no rows')
    const withRow = (row: object) => ({ ...comparison, sections: [{ ...summary, rows: [row] }] })
    expect(validate(withRow(first))).toBe(true)
    expect(validate(withRow({ ...first, cells: [{ kind: 'surprise', text: 'x' }] }))).toBe(false)
    expect(validate(withRow({ ...first, sizeKind: 'compressed' }))).toBe(false)
  })
})
