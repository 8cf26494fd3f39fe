import { describe, expect, it } from 'vitest'
import { niceMaximum, stackedBarChart } from './svg-chart'

const bars = [
  { label: 'app:1.0', baseBytes: 119_000_000, ownBytes: 12_000_000 },
  { label: 'python:3.12-slim', baseBytes: 119_000_000, ownBytes: 0 },
]

const widthOf = (svg: string, className: string, index: number): number => {
  const widths = [...svg.matchAll(new RegExp(`class="${className}"[^>]*width="([\\d.]+)"`, 'g'))].map((match) => Number(match[1]))
  return widths[index] ?? Number.NaN
}

describe('stackedBarChart', () => {
  it('draws one base and one own bar per image, labelled with its name and total', () => {
    const svg = stackedBarChart(bars, 'Sizes')
    expect(svg.match(/class="bar-base"/g)).toHaveLength(2)
    expect(svg.match(/class="bar-own"/g)).toHaveLength(2)
    expect(svg).toContain('>app:1.0</text>')
    expect(svg).toContain('>131 MB</text>')
    expect(svg).toContain('>119 MB</text>')
  })

  it('scales bars to one axis: equal bases are equally long, and own bytes are in proportion', () => {
    const svg = stackedBarChart(bars, 'Sizes')
    expect(widthOf(svg, 'bar-base', 0)).toBe(widthOf(svg, 'bar-base', 1))
    expect(widthOf(svg, 'bar-own', 1)).toBe(0)
    expect(widthOf(svg, 'bar-own', 0) / widthOf(svg, 'bar-base', 0)).toBeCloseTo(12 / 119, 2)
  })

  it('labels the axis from zero to a round maximum above the largest image', () => {
    const svg = stackedBarChart(bars, 'Sizes')
    const ticks = [...svg.matchAll(/class="tick">([^<]+)</g)].map((match) => match[1])
    expect(ticks).toEqual(['0 B', '50 MB', '100 MB', '150 MB', '200 MB'])
  })

  it('escapes names and the title, and carries no script', () => {
    const svg = stackedBarChart([{ label: '<script>x</script>', baseBytes: 1, ownBytes: 1 }], '"quoted" <title>')
    expect(svg).not.toMatch(/<script/i)
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;')
    expect(svg).toContain('aria-label="&quot;quoted&quot; &lt;title&gt;"')
  })

  it('still draws an axis when every image is empty', () => {
    const svg = stackedBarChart([{ label: 'scratch', baseBytes: 0, ownBytes: 0 }], 'Sizes')
    expect(svg).toContain('class="tick">0 B<')
    expect(widthOf(svg, 'bar-base', 0)).toBe(0)
  })
})

describe('niceMaximum', () => {
  it.each([
    [131_000_000, 200_000_000],
    [119_000_000, 200_000_000],
    [1_000, 1_000],
    [2_100, 2_500],
    [4_200_000, 5_000_000],
    [1, 1],
  ])('%d -> %d', (value, nice) => {
    expect(niceMaximum(value)).toBe(nice)
  })
})
