import { describe, expect, it } from 'vitest'
import { escapeMarkdownCell, renderMarkdown } from './render-markdown'
import { sampleComparison } from './test-support/sample-comparison'

const markdown = renderMarkdown(sampleComparison())
const tableRows = (text: string) => text.split('\n').filter((line) => line.startsWith('|'))
/** Cells of a Markdown table row: split on pipes that are not escaped. */
const cellsOf = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/)

describe('escapeMarkdownCell', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['run `x`', 'run \\`x\\`'],
    ['<script>', '&lt;script&gt;'],
    ['one\ntwo\r\nthree', 'one<br>two<br>three'],
    ['ends in \\', 'ends in \\\\'],
    ['\\|', '\\\\\\|'],
  ])('%j -> %j', (text, escaped) => {
    expect(escapeMarkdownCell(text)).toBe(escaped)
  })
})

describe('renderMarkdown', () => {
  it('keeps every table row to its number of columns, whatever a label or command holds', () => {
    const rows = tableRows(markdown)
    const header = rows.find((row) => row.startsWith('| # | Owner'))
    const command = rows.find((row) => row.includes('RUN echo'))
    expect(command).toBeDefined()
    expect(cellsOf(command ?? '')).toHaveLength(cellsOf(header ?? '').length)
    expect(command).toContain("RUN echo '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; a \\| b \\`tick\\`'<br>line two")
  })

  it('puts the images side by side, each size with its kind and its difference from the first column', () => {
    expect(markdown).toContain('|  | shop/app:1.0 | python:3.12-slim (not on this machine: catalogue figures) |')
    expect(markdown).toContain('| Size on disk | 131 MB | 119 MB (−12 MB) · catalogue figure |')
    expect(markdown).toContain('| Hierarchy | python:3.12-slim → debian:bookworm-slim | — (No base above this image is known) |')
    expect(markdown).toContain('| Tags | shop/app:1.0, shop/app:latest | python:3.12-slim |')
    expect(markdown).toContain('| Saved by sharing layers | 0 B |')
    expect(markdown).toContain('_Sizes in brackets: the difference from the first column, shop/app:1.0._')
  })

  it('says which engine keeps no compressed content, and defines every size it shows', () => {
    expect(markdown).toContain('| Content, compressed | — (This engine keeps no compressed content (overlay2 graph driver): only the size on disk) | 41 MB · catalogue figure |')
    expect(markdown).toContain('- **Files, as scanned**: Bytes of the files')
  })

  it('states when, from which engine and by which versions it was made', () => {
    expect(markdown).toContain('_Generated 2026-05-04T14:12:09.000Z from Docker 20.10 · overlay2 graph driver (linux/amd64) at unix:///var/run/docker.sock by Baseline 0.1.0, analyzer version 2._')
  })
})
