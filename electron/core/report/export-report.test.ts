import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportReport, type ReportShell } from './export-report'
import { sampleComparison } from './test-support/sample-comparison'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-export-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** The shell main provides, standing in for a person at the save dialog. */
function shellChoosing(path: string | null, asked: [string, string | null][] = []): ReportShell {
  return {
    chooseSavePath: async (name, folder) => {
      asked.push([name, folder])
      return path
    },
    printToPdf: async (html) => new TextEncoder().encode(`%PDF-1.4 ${html.length}`),
  }
}

describe('exportReport', () => {
  it('asks where to save starting in the last folder, writes the report there and remembers the folder', async () => {
    const asked: [string, string | null][] = []
    const remembered: string[] = []
    const path = join(dir, 'out', 'mine.md')
    const result = await exportReport({
      compare: async () => sampleComparison(),
      format: 'md',
      shell: shellChoosing(path, asked),
      lastFolder: '/home/me/reports',
      rememberFolder: async (folder) => remembered.push(folder),
    })
    expect(result).toEqual({ path })
    expect(asked).toEqual([['baseline-report-2026-05-04-1412.md', '/home/me/reports']])
    expect(readFileSync(path, 'utf8')).toContain('# Image comparison')
    expect(statSync(path).mode & 0o777).toBe(0o644)
    expect(remembered).toEqual([join(dir, 'out')])
  })

  it('prints PDF through the shell from the HTML report', async () => {
    const path = join(dir, 'r.pdf')
    await exportReport({ compare: async () => sampleComparison(), format: 'pdf', shell: shellChoosing(path), lastFolder: null, rememberFolder: async () => undefined })
    expect(readFileSync(path, 'utf8')).toMatch(/^%PDF-1\.4 \d{4,}$/)
  })

  it('answers null and writes nothing when the person cancels', async () => {
    const remembered: string[] = []
    const result = await exportReport({ compare: async () => sampleComparison(), format: 'html', shell: shellChoosing(null), lastFolder: null, rememberFolder: async (folder) => remembered.push(folder) })
    expect(result).toEqual({ path: null })
    expect(remembered).toEqual([])
  })

  it('without the app refuses before comparing anything, pointing to the CLI', async () => {
    let compared = false
    const attempt = exportReport({
      compare: async () => ((compared = true), sampleComparison()),
      format: 'html',
      shell: undefined,
      lastFolder: null,
      rememberFolder: async () => undefined,
    })
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_REQUEST', message: 'exporting needs the app; use `baseline report`' })
    expect(compared).toBe(false)
  })
})
