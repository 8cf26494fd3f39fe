import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import { describe, expect, it } from 'vitest'
import type { Comparison, FileEntry } from '../../../shared/model'
import { compareFiles } from '../layers/compare-files'
import { SUMMARY_FILES_LISTED } from './files-section'
import { renderCsv } from './render-csv'
import { renderHtml } from './render-html'
import { renderJson } from './render-json'
import { renderMarkdown } from './render-markdown'
import { sampleComparison } from './test-support/sample-comparison'

const schema = JSON.parse(readFileSync(join(__dirname, '../../../resources/report/comparison.schema.json'), 'utf8')) as object
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

const file = (path: string, sizeBytes: number): FileEntry => ({ path, kind: 'file', sizeBytes, change: null, linkTarget: null, mode: 0o644 })
/** A full image with 40 headers and a compiler; its slim sibling keeps only the shared files, one rewritten. */
const full = [file('usr/bin/gcc-12', 900_000), ...Array.from({ length: 40 }, (_, i) => file(`usr/include/h${i}.h`, 1_000 + i)), file('etc/motd', 10), file('etc/=cmd', 1)]
const slim = [file('etc/motd', 20), file('etc/=cmd', 1)]

function withFiles(): Comparison {
  return { ...sampleComparison(), files: compareFiles({ reference: 'app:full', imageId: 'sha256:a', entries: full }, { reference: 'app:slim', imageId: 'sha256:b', entries: slim }) }
}

describe('the files section of a report of two scanned images', () => {
  it('is in the JSON whole, valid against the published schema', () => {
    const document = JSON.parse(renderJson(withFiles())) as Comparison
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
    expect(document.files?.differences).toHaveLength(42)
  })

  it('lists every difference in the CSV, as a second table after a blank line, formulas defused', () => {
    const lines = renderCsv(withFiles()).split('\r\n')
    const start = lines.indexOf('path,change,topFolder,kind,fromSizeBytes,toSizeBytes,reasons,from,to')
    expect(lines[start - 1]).toBe('')
    expect(lines.slice(start + 1, -1)).toHaveLength(42)
    expect(lines[start + 1]).toBe('/usr/bin/gcc-12,removed,usr,file,900000,0,,app:full,app:slim')
    expect(lines).toContain('/etc/motd,changed,etc,file,10,20,size,app:full,app:slim')
  })

  it('is summarised in Markdown and HTML: totals, folders, the largest files only in the first image', () => {
    const markdown = renderMarkdown(withFiles())
    expect(markdown).toContain('## Files')
    expect(markdown).toContain('Moving from app:full to app:slim: 41 files go (941 kB), 0 arrive (0 B), 1 change.')
    expect(markdown).toContain('| /usr | 41 | 941 kB | 0 | 0 B | 0 |')
    expect(markdown).toContain(`(${SUMMARY_FILES_LISTED} of 41; the JSON and CSV reports list all)`)
    expect(markdown.split('\n').filter((line) => line.startsWith('| /usr/include/'))).toHaveLength(SUMMARY_FILES_LISTED - 1)
    const html = renderHtml(withFiles())
    expect(html).toContain('<h2>Files</h2>')
    expect(html).toContain('<td>/usr/bin/gcc-12</td>')
  })

  it('is left out when the comparison has none', () => {
    expect(renderMarkdown(sampleComparison())).not.toContain('## Files')
    expect(renderCsv(sampleComparison()).split('\r\n').filter((line) => line === '')).toEqual([''])
  })
})
