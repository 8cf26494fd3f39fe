import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, exportOutcome, runningText } from './export-text'

describe('report export text', () => {
  it('offers the five formats the API writes', () => {
    expect(EXPORT_FORMATS.map((entry) => entry.format)).toEqual(['html', 'pdf', 'md', 'json', 'csv'])
  })

  it('says where a saved report went', () => {
    const state = exportOutcome('html', { ok: true, value: { path: '/tmp/report.html' } })
    expect(state).toEqual({ status: 'saved', format: 'html', path: '/tmp/report.html' })
  })

  it('says nothing when the person cancelled the dialog', () => {
    const state = exportOutcome('pdf', { ok: true, value: { path: null } })
    expect(state).toEqual({ status: 'idle' })
  })

  it('keeps the error of a failed export, and says which format runs meanwhile', () => {
    const error = { code: 'INTERNAL' as const, message: 'disk full' }
    expect(exportOutcome('csv', { ok: false, error })).toEqual({ status: 'failed', format: 'csv', error })
    expect(runningText('md')).toBe('Exporting the Markdown report…')
  })
})
