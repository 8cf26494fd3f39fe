import { expect, type Locator, type Page } from '@playwright/test'
import { BaseSection } from './base-section'
import { cellTexts } from './table-cells'
import { VariantsSection } from './variants-section'

/** One image: its base, its smaller variants, its layer table in build order and the chart of layer sizes. */
export class ImagePage {
  readonly back: Locator
  readonly heading: Locator
  readonly base: BaseSection
  readonly variants: VariantsSection
  readonly layers: Locator
  readonly layerRows: Locator
  /** "Base layers · from … · N steps · X MB", "Own layers · …": one per row group. */
  readonly groupHeadings: Locator
  readonly chart: Locator
  readonly bars: Locator
  /** "Base layers", "Own layers": only the colours the chart draws. */
  readonly legendItems: Locator

  constructor(readonly page: Page) {
    this.back = page.getByRole('button', { name: 'Back to images' })
    this.heading = page.getByRole('heading', { level: 1 })
    this.base = new BaseSection(page)
    this.variants = new VariantsSection(page)
    this.layers = page.getByRole('table', { name: 'Layers' })
    // Body rows only: the header row holds columnheaders, not cells.
    this.layerRows = this.layers.getByRole('row').filter({ has: page.getByRole('cell') })
    this.groupHeadings = this.layers.getByRole('rowheader')
    this.chart = page.getByRole('figure', { name: 'Layer sizes' })
    this.bars = this.chart.locator('.recharts-bar-rectangle')
    this.legendItems = this.chart.getByRole('list', { name: 'Legend' }).getByRole('listitem')
  }

  column(name: string): Promise<string[]> {
    return cellTexts(this.layers, this.layerRows, name)
  }

  /** The step number each bar's axis label names, top to bottom. */
  async barSteps(): Promise<number[]> {
    const labels = await this.chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()
    return labels.map((label) => Number(/#(\d+)/.exec(label)?.[1] ?? Number.NaN))
  }

  /** The fill colour each bar is painted with, top to bottom: what tells base from own at a glance. */
  barColours(): Promise<string[]> {
    return this.bars.locator('path, rect').evaluateAll((nodes) => {
      // The page's window; the Node-side tsconfig has no DOM types to name it.
      const view = globalThis as unknown as { getComputedStyle(node: unknown): { fill: string } }
      return nodes.map((node) => view.getComputedStyle(node).fill)
    })
  }

  /**
   * Recharts animates bars in from zero height; a screenshot or a geometry check waits until two
   * looks in a row see the same shapes.
   */
  async waitForChartToSettle(): Promise<void> {
    let previous = ''
    await expect.poll(async () => {
      const shapes = await this.chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('d') ?? node.getAttribute('height')).join('|'))
      const settled = shapes !== '' && shapes === previous
      previous = shapes
      return settled
    }, { intervals: [250], timeout: 10_000 }).toBe(true)
  }
}
