import { test, type Locator, type Page } from '@playwright/test'
import { shortId } from '../../../shared/lib/bytes'
import { cellsOf } from './table-cells'

export type ExportFormatLabel = 'HTML' | 'PDF' | 'Markdown' | 'JSON' | 'CSV'

/** The little of the DOM this file touches; the Node-side tsconfig has no DOM types. */
interface DomElement {
  parentElement: { children: ArrayLike<DomElement> } | null
}

/**
 * The Compare page: where the figures come from, the totals, the table (one column per image, one
 * row per fact, in sections), the stacked size chart, and the export buttons with their status line.
 * It keeps no list of rows: the rows are the comparison's own, checked against the JSON report.
 */
export class ComparePage {
  readonly heading: Locator
  readonly provenance: Locator
  readonly totals: Locator
  readonly table: Locator
  /** Image columns only: the corner cell is not a header. */
  readonly columnHeaders: Locator
  readonly rowHeaders: Locator
  readonly chart: Locator
  readonly bars: Locator
  readonly exportRegion: Locator
  /** "Exporting …", "Downloaded <file name>" (browser mode), "Saved to <path>" (desktop), or empty. */
  readonly exportStatus: Locator
  readonly exportError: Locator
  /** A failed comparison (an image missing …). */
  readonly failure: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Compare/ })
    this.provenance = page.getByLabel('Report facts')
    this.totals = page.getByLabel('Totals', { exact: true })
    this.table = page.getByRole('table', { name: 'Image comparison' })
    this.columnHeaders = this.table.getByRole('columnheader')
    this.rowHeaders = this.table.getByRole('rowheader')
    this.chart = page.getByRole('figure', { name: 'Image sizes' })
    this.bars = this.chart.locator('.recharts-bar-rectangle')
    this.exportRegion = page.getByRole('region', { name: 'Export report' })
    this.exportStatus = this.exportRegion.getByRole('status')
    this.exportError = this.exportRegion.getByRole('alert')
    this.failure = page.getByRole('alert')
  }

  /** The column of a local image, by the short ID its header shows under the name. */
  columnOf(imageId: string): Locator {
    return this.columnHeaders.filter({ hasText: shortId(imageId) })
  }

  /** The column of a reference shown by name (a catalogue column has no ID). */
  columnNamed(reference: string): Locator {
    return this.columnHeaders.filter({ hasText: reference })
  }

  /** The row headers, top to bottom: the labels of the comparison's rows, as the app shows them. */
  rowLabels(): Promise<string[]> {
    return this.rowHeaders.allInnerTexts()
  }

  /** The titles of the table's sections ("Summary" …), top to bottom. */
  sectionTitles(): Promise<string[]> {
    return this.table.locator('.compare-section-title').allInnerTexts()
  }

  /** The labels of the totals, in order, as written (the style sheet shows them in capitals). */
  totalLabels(): Promise<string[]> {
    return this.totals.getByRole('term').allTextContents()
  }

  /** A figure of the totals ("On disk, shared layers once", "Saved by sharing layers" …). */
  total(label: string): Locator {
    return this.totals.locator('div').filter({ has: this.page.getByRole('term').filter({ hasText: label }) }).getByRole('definition')
  }

  exportButton(format: ExportFormatLabel): Locator {
    return this.exportRegion.getByRole('button', { name: `Export ${format}`, exact: true })
  }

  /**
   * Exports as a browser download (browser mode): clicks the button, and saves the download under
   * the name the server gave it, in the test's (ignored) output folder, as a browser would.
   */
  async download(format: ExportFormatLabel): Promise<{ fileName: string; path: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.exportButton(format).click()])
    const fileName = download.suggestedFilename()
    const path = test.info().outputPath(fileName)
    await download.saveAs(path)
    return { fileName, path }
  }

  /**
   * One cell: the row of the fact, the column of the header. Counted among all the header row's
   * cells (the empty corner included), as the body rows start with their row header.
   */
  async cell(fact: string, header: Locator): Promise<Locator> {
    const index = await header.evaluate((element: DomElement) => Array.from(element.parentElement?.children ?? []).indexOf(element))
    if (index < 0) throw new Error('the column header is not in its header row')
    const row = this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: fact, exact: true }) })
    return cellsOf(row).nth(index)
  }

  /** The rounded figure of a size cell, without its difference from the first column or its note. */
  async size(fact: string, header: Locator): Promise<Locator> {
    return (await this.cell(fact, header)).locator('.compare-size')
  }
}
