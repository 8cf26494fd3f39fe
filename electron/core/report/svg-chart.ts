import { formatBytes } from '../../../shared/lib/bytes'
import { escapeHtml } from './escape-html'

export interface StackedBar {
  label: string
  baseBytes: number
  ownBytes: number
}

// Geometry in SVG user units; the chart scales to the page width through its viewBox.
const WIDTH = 760
const LABEL_WIDTH = 210
const VALUE_WIDTH = 150
const BAR_HEIGHT = 22
const ROW_GAP = 12
const TOP = 34
const AXIS_HEIGHT = 30
const TICKS = 4
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH

export const CHART_COLORS = { base: '#7a8ca3', own: '#e07b39' } as const

/**
 * One horizontal bar per image, what it inherits from its base stacked with what it adds, on one
 * shared byte axis. Drawn by hand: recharts does not render without a DOM, and a report must not
 * carry a script. Every text node goes through escapeHtml.
 */
export function stackedBarChart(bars: readonly StackedBar[], title: string): string {
  const largest = Math.max(1, ...bars.map((bar) => bar.baseBytes + bar.ownBytes))
  const scale = PLOT_WIDTH / niceMaximum(largest)
  const plotBottom = TOP + bars.length * (BAR_HEIGHT + ROW_GAP)
  const height = plotBottom + AXIS_HEIGHT
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    legend(),
    ...bars.map((bar, row) => barRow(bar, TOP + row * (BAR_HEIGHT + ROW_GAP), scale)),
    axis(plotBottom, niceMaximum(largest), scale),
    '</svg>',
  ]
  return parts.join('\n')
}

function legend(): string {
  const item = (x: number, color: string, text: string) =>
    `<rect x="${x}" y="6" width="12" height="12" fill="${color}"/><text x="${x + 18}" y="16" class="legend">${text}</text>`
  return `<g class="legend">${item(LABEL_WIDTH, CHART_COLORS.base, 'Base (inherited)')}${item(LABEL_WIDTH + 150, CHART_COLORS.own, 'Own (added by the image)')}</g>`
}

function barRow(bar: StackedBar, y: number, scale: number): string {
  const baseWidth = bar.baseBytes * scale
  const ownWidth = bar.ownBytes * scale
  const label = bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label
  const total = formatBytes(bar.baseBytes + bar.ownBytes)
  const middle = y + BAR_HEIGHT / 2 + 4
  return [
    `<g class="bar" data-image="${escapeHtml(bar.label)}">`,
    `<text x="${LABEL_WIDTH - 8}" y="${middle}" text-anchor="end" class="bar-label">${escapeHtml(label)}</text>`,
    `<rect class="bar-base" x="${LABEL_WIDTH}" y="${y}" width="${round(baseWidth)}" height="${BAR_HEIGHT}" fill="${CHART_COLORS.base}"><title>base ${formatBytes(bar.baseBytes)}</title></rect>`,
    `<rect class="bar-own" x="${round(LABEL_WIDTH + baseWidth)}" y="${y}" width="${round(ownWidth)}" height="${BAR_HEIGHT}" fill="${CHART_COLORS.own}"><title>own ${formatBytes(bar.ownBytes)}</title></rect>`,
    `<text x="${round(LABEL_WIDTH + baseWidth + ownWidth + 6)}" y="${middle}" class="bar-value">${total}</text>`,
    '</g>',
  ].join('')
}

function axis(y: number, maximum: number, scale: number): string {
  const ticks = Array.from({ length: TICKS + 1 }, (_, index) => (maximum * index) / TICKS)
  const marks = ticks.map((value) => {
    const x = round(LABEL_WIDTH + value * scale)
    return `<line x1="${x}" y1="${y}" x2="${x}" y2="${y + 5}" stroke="#555"/><text x="${x}" y="${y + 18}" text-anchor="middle" class="tick">${formatBytes(value)}</text>`
  })
  return `<g class="axis"><line x1="${LABEL_WIDTH}" y1="${y}" x2="${LABEL_WIDTH + PLOT_WIDTH}" y2="${y}" stroke="#555"/>${marks.join('')}</g>`
}

/** The axis ends on a round figure (1, 2, 2.5 or 5 times a power of ten) so its ticks read well. */
export function niceMaximum(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value) ?? 10
  return step * power
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
