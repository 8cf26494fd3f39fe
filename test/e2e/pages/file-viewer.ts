import type { Locator, Page } from '@playwright/test'
import { escapeRegExp } from '../harness/text'

/** The file viewer under a layer's tree: one file as of one layer, its contents, hex view and diff. */
export class FileViewerPanel {
  readonly region: Locator
  readonly close: Locator
  readonly headline: Locator
  readonly contentsTab: Locator
  readonly changesTab: Locator
  readonly asHex: Locator
  readonly text: Locator
  readonly hex: Locator
  readonly diff: Locator

  constructor(readonly page: Page, path: string) {
    const shown = escapeRegExp(path)
    this.region = page.getByRole('region', { name: new RegExp(`^${shown} · as of layer \\d+$`) })
    this.close = this.region.getByRole('button', { name: 'Close', exact: true })
    this.headline = this.region.locator('.file-headline')
    this.contentsTab = this.region.getByRole('tab', { name: 'Contents' })
    this.changesTab = this.region.getByRole('tab', { name: /^Changes from layer \d+$/ })
    this.asHex = this.region.getByRole('checkbox', { name: 'Show as hex' })
    this.text = this.region.getByRole('region', { name: `Contents of ${path}`, exact: true })
    this.hex = this.region.getByRole('region', { name: `Contents of ${path}, hex`, exact: true })
    this.diff = this.region.getByLabel(`Changes to ${path}`, { exact: true })
  }

  /** The text view's lines as shown, line numbers left out. */
  lines(): Promise<string[]> {
    return this.text.locator('.line-text').allTextContents()
  }

  /** The hex view's rows: offset, bytes, ASCII. */
  async hexRows(): Promise<string[][]> {
    const rows = await this.hex.locator('tbody tr').all()
    return Promise.all(rows.map(async (row) => row.locator('td').allTextContents()))
  }
}
