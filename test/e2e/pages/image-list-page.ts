import { expect, type Locator, type Page } from '@playwright/test'
import { shortId } from '../../../shared/lib/bytes'
import { ImagePage } from './image-page'
import { cellsOf, cellTexts, columnIndex } from './table-cells'

export type SortDirection = 'ascending' | 'descending'

/**
 * The image list. The grid is virtualised, so a row far down may not be in the DOM at all: find
 * rows by filtering first, never by scrolling and hoping.
 */
export class ImageListPage {
  readonly heading: Locator
  readonly filter: Locator
  readonly totalDiskUse: Locator
  /** Shown when the engine gave no disk usage and the figure is the sum of image sizes. */
  readonly diskUseIsSum: Locator
  readonly grid: Locator
  readonly rows: Locator
  /** "Compare (N)": enabled from two picked images. */
  readonly compareButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Images' })
    this.filter = page.getByRole('searchbox', { name: 'Filter images' })
    this.totalDiskUse = page.getByLabel('Total disk use')
    this.diskUseIsSum = page.getByText('sum of image sizes', { exact: true })
    this.grid = page.getByRole('grid', { name: 'Images' })
    // Body rows only: the header row holds columnheaders, not gridcells.
    this.rows = this.grid.getByRole('row').filter({ has: page.getByRole('gridcell') })
    this.compareButton = page.getByRole('button', { name: /^Compare \(\d+\)$/ })
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole('columnheader', { name, exact: true })
  }

  /** The row of one image, by the short ID the Image ID column shows. */
  rowOf(imageId: string): Locator {
    return this.rows.filter({ hasText: shortId(imageId) })
  }

  /** The text of one cell of a row, by column name. */
  async cell(row: Locator, column: string): Promise<string> {
    return (await cellsOf(row).nth(await columnIndex(this.grid, column)).innerText()).trim()
  }

  /** The checkbox that picks a row for a comparison (out of the tab order: Space on the row does the same). */
  pickBox(row: Locator): Locator {
    return row.getByRole('checkbox', { name: /^Pick .+ for comparison$/ })
  }

  async filterBy(text: string): Promise<void> {
    await this.filter.fill(text)
  }

  column(name: string): Promise<string[]> {
    return cellTexts(this.grid, this.rows, name)
  }

  async sortBy(column: string, direction: SortDirection): Promise<void> {
    const header = this.columnHeader(column)
    // A header cycles through its orders; two clicks reach either one from anywhere.
    for (let click = 0; click < 3 && (await header.getAttribute('aria-sort')) !== direction; click += 1) {
      await header.click()
    }
    await expect(header).toHaveAttribute('aria-sort', direction)
  }

  /** Opens an image the way a keyboard user does: focus its row, press Enter. */
  async openWithKeyboard(imageId: string): Promise<ImagePage> {
    await this.filterBy(shortId(imageId))
    const row = this.rowOf(imageId)
    await expect(row).toHaveCount(1)
    await row.focus()
    await expect(row).toBeFocused()
    await this.page.keyboard.press('Enter')
    return new ImagePage(this.page)
  }
}
