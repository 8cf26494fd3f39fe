import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import { renderJson } from './render-json'
import { sampleComparison } from './test-support/sample-comparison'

const schema = JSON.parse(readFileSync(join(__dirname, '../../../resources/report/comparison.schema.json'), 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

describe('renderJson', () => {
  it('writes the comparison as it is, schemaVersion 1, valid against the published schema', () => {
    const document: unknown = JSON.parse(renderJson(sampleComparison()))
    expect(document).toEqual(sampleComparison())
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
  })

  it('is refused by the schema when a field goes missing or a new one appears unannounced', () => {
    const { totals: _totals, ...withoutTotals } = sampleComparison()
    expect(validate(withoutTotals)).toBe(false)
    const comparison = sampleComparison()
    expect(validate({ ...comparison, images: [{ ...comparison.images[0], surprise: 1 }] })).toBe(false)
    expect(validate({ ...comparison, schemaVersion: 2 })).toBe(false)
  })
})
