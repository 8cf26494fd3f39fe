import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import type { InstalledPackage, PackageInventory } from '../../../shared/model'
import { buildPackageSection } from './package-section'
import { renderCsv } from './render-csv'
import { renderHtml } from './render-html'
import { renderJson } from './render-json'
import { renderMarkdown } from './render-markdown'
import { sampleComparison } from './test-support/sample-comparison'

const deb = (name: string, version: string): InstalledPackage => ({ ecosystem: 'deb', name, version, architecture: 'amd64', source: null, layerIndex: 1, path: 'var/lib/dpkg/status' })
const inventory = (packages: InstalledPackage[]): PackageInventory => ({ imageId: 'sha256:x', distro: null, packages, notes: [] })

function comparisonWithPackages() {
  const base = sampleComparison()
  const [first, second] = base.images
  const packages = buildPackageSection([
    { reference: first?.reference ?? '', inventory: inventory([deb('gcc-12', '12.2.0-14'), deb('python3-dev', '3.11.2-1'), deb('libc6', '2.36-9'), deb('=cmd|calc', '1')]) },
    { reference: second?.reference ?? '', inventory: inventory([deb('libc6', '2.36-9+deb12u1'), deb('<script>x</script>', '1')]) },
    ...base.images.slice(2).map((image) => ({ reference: image.reference, inventory: null })),
  ])
  return { ...base, packages }
}

describe('the packages section of a report', () => {
  it('summarises counts and the first names in HTML and Markdown, escaped', () => {
    const comparison = comparisonWithPackages()
    const html = renderHtml(comparison)
    expect(html).toMatch(/<h2>Packages<\/h2>/)
    expect(html).toMatch(/2 fewer packages/)
    expect(html).toMatch(/gcc-12, python3-dev/)
    expect(html).not.toMatch(/<script>x/)
    const markdown = renderMarkdown(comparison)
    expect(markdown).toMatch(/## Packages/)
    expect(markdown).toMatch(/\| Only in [^|]+ \| 3 \|/)
  })

  it('lists every differing package in the CSV, formula-looking names quoted', () => {
    const csv = renderCsv(comparisonWithPackages())
    const lines = csv.split('\r\n')
    const header = lines.indexOf('packageChange,ecosystem,name,architecture,firstImage,firstVersion,secondImage,secondVersion')
    expect(header).toBeGreaterThan(0)
    const rows = lines.slice(header + 1).filter((line) => line !== '')
    expect(rows).toHaveLength(5)
    expect(rows.some((row) => row.startsWith("only-in-first,deb,'=cmd|calc"))).toBe(true)
    expect(rows.some((row) => row.startsWith('other-version,deb,libc6,amd64,'))).toBe(true)
  })

  it('carries the full lists in JSON, valid against the published schema', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '../../../resources/report/comparison.schema.json'), 'utf8')) as object
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)
    const document: unknown = JSON.parse(renderJson(comparisonWithPackages()))
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect((document as { packages: { diffs: { removed: unknown[] }[] } }).packages.diffs[0]?.removed).toHaveLength(3)
  })
})
