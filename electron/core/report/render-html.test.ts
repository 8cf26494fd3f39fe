import { describe, expect, it } from 'vitest'
import { renderHtml, REPORT_CSP } from './render-html'
import { HOSTILE, sampleComparison } from './test-support/sample-comparison'

const html = renderHtml(sampleComparison())

describe('renderHtml', () => {
  it('is one self-contained page under a policy that forbids scripts and fetching', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`)
    expect(REPORT_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(/i)
    expect(html).not.toMatch(/(?:src|href)=["']?https?:/i)
  })

  it('shows hostile text from labels and history literally, never as markup', () => {
    expect(html).not.toContain(HOSTILE)
    expect(html).not.toMatch(/<img src=x/)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; a | b `tick`')
  })

  it('states when, from which engine and by which versions it was made', () => {
    expect(html).toContain('Generated 2026-05-04T14:12:09.000Z from Docker 20.10 · overlay2 graph driver (linux/amd64) at unix:///var/run/docker.sock by Baseline 0.1.0, analyzer version 2.')
  })

  it('has the sections a reader looks for, a column per image, and the chart', () => {
    for (const heading of ['Image comparison', 'Summary', 'Size: base and own', 'Across the compared images', 'What the sizes mean', 'Base and evidence', 'Labels', 'Layers']) {
      expect(html).toMatch(new RegExp(`<h[12]>${heading}</h[12]>`))
    }
    expect(html).toContain('<th scope="col">shop/app:1.0<span class="cell-note">21c13bed4ea7</span></th><th scope="col">python:3.12-slim<span class="cell-note">not on this machine: catalogue figures</span></th>')
    expect(html).toContain('<th scope="row">Size on disk</th><td class="number"><span class="cell-main">131 MB</span></td><td class="number"><span class="cell-main">119 MB (−12 MB)</span><span class="cell-note">catalogue figure</span></td>')
    expect(html.match(/class="bar-base"/g)).toHaveLength(2)
    expect(html).toContain('python:3.12-slim → debian:bookworm-slim')
    expect(html).toContain('FROM python:3.12.3-alpine3.20, 58 MB (−61 MB)')
  })

  it('lays pages out for print: page size, colours kept, rows not split', () => {
    expect(html).toMatch(/@page \{ size: A4/)
    expect(html).toMatch(/@media print/)
    expect(html).toContain('print-color-adjust: exact')
    expect(html).toMatch(/tr, \.chart[^}]*break-inside: avoid/)
  })
})
