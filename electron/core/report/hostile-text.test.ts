import { describe, expect, it } from 'vitest'
import { renderReport, type TextFormat } from './render-report'
import { sampleComparison } from './test-support/sample-comparison'

// Trojan Source (CVE-2021-42574): an override and isolates that reorder what a reader sees,
// plus a terminal escape, a NUL and a zero-width space: what a hostile label or RUN line can hold.
const TROJAN = 'access\u202e\u2066 level = "user"\u2069\u2066 \u001b[2J\u0000\u200b'
const RAW = ['\u202e', '\u2066', '\u2069', '\u001b', '\u0000', '\u200b']

function hostileComparison() {
  const comparison = sampleComparison()
  const [first, ...rest] = comparison.images
  if (!first) throw new Error('the sample comparison has no image')
  const image = {
    ...first,
    tags: [...first.tags, `shop/app:${TROJAN}`],
    base: { ...first.base, reference: `python:${TROJAN}`, hierarchy: [`python:${TROJAN}`] },
    labels: { ...first.labels, 'org.opencontainers.image.base.name': TROJAN },
    layers: first.layers.map((layer) => ({ ...layer, createdBy: `RUN echo ${TROJAN}` })),
  }
  return sampleComparison({ images: [image, ...rest] })
}

describe('every report format shows control and bidi characters as escapes', () => {
  it.each<TextFormat>(['html', 'md', 'json', 'csv'])('%s', (format) => {
    const { content } = renderReport(hostileComparison(), format)
    for (const character of RAW) expect(content).not.toContain(character)
    expect(content).toContain('\\u202e')
    expect(content).toContain('\\u001b')
  })

  it('keeps the JSON value itself: the escapes are JSON escapes', () => {
    const parsed = JSON.parse(renderReport(hostileComparison(), 'json').content) as { images: { labels: Record<string, string> }[] }
    expect(parsed.images[0]?.labels['org.opencontainers.image.base.name']).toBe(TROJAN)
  })
})
