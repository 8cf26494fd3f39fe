import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escape-html'

describe('escapeHtml', () => {
  it('turns markup into text that shows literally', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('escapes both quotes, so a value cannot leave its attribute', () => {
    expect(escapeHtml(`x" onload="alert(1)' y`)).toBe('x&quot; onload=&quot;alert(1)&#39; y')
  })

  it('escapes the ampersand first, once, so entities in the input stay visible as typed', () => {
    expect(escapeHtml('&lt; & <')).toBe('&amp;lt; &amp; &lt;')
  })

  it('leaves plain text alone', () => {
    expect(escapeHtml('python:3.12-slim → debian:bookworm-slim')).toBe('python:3.12-slim → debian:bookworm-slim')
  })
})
