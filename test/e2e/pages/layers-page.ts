import type { Locator, Page } from '@playwright/test'
import { escapeRegExp } from '../harness/text'

/**
 * "Files and waste": the file-level scan of one image. Before a scan it offers one, while it runs
 * it shows progress and Cancel, after it the summary, layers, their file tree and the wasted files.
 */
export class LayersPage {
  readonly heading: Locator
  readonly back: Locator
  readonly scan: Locator
  readonly cancel: Locator
  readonly retry: Locator
  readonly progress: Locator
  /** "Scan cancelled", said politely where the Scan button is offered again. */
  readonly cancelled: Locator
  readonly failure: Locator
  readonly summary: Locator
  readonly layers: Locator
  readonly filter: Locator
  readonly sort: Locator
  readonly changesOnly: Locator
  /** The file tree of the chosen layer ("Filesystem at layer 4" / "Changes in layer 4"). */
  readonly tree: Locator
  readonly items: Locator
  readonly wasted: Locator
  /** Body rows of the wasted files table. */
  readonly wastedRows: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Files and waste/ })
    this.back = page.getByRole('button', { name: 'Back to image' })
    this.scan = page.getByRole('button', { name: 'Scan files', exact: true })
    this.cancel = page.getByRole('button', { name: /^Cancel/ })
    this.retry = page.getByRole('button', { name: 'Retry', exact: true })
    this.progress = page.getByRole('progressbar')
    this.cancelled = page.getByRole('status').filter({ hasText: 'Scan cancelled' })
    this.failure = page.getByRole('alert')
    this.summary = page.getByRole('region', { name: /^Summary/ })
    this.layers = page.getByRole('table', { name: 'Scanned layers' })
    this.filter = page.getByRole('searchbox', { name: 'Filter files by path' })
    this.sort = page.getByRole('combobox', { name: 'Sort by' })
    this.changesOnly = page.getByRole('checkbox', { name: 'Changes in this layer only' })
    this.tree = page.getByRole('tree')
    this.items = this.tree.getByRole('treeitem')
    this.wasted = page.getByRole('table', { name: 'Wasted files' })
    this.wastedRows = this.wasted.getByRole('row').filter({ has: page.getByRole('cell') })
  }

  /** A summary or facts figure by its term: "Wasted", "Efficiency", "Final filesystem", "Shell" … */
  stat(term: string): Locator {
    // A definition cannot carry a name (ARIA), so it is found as the one after its term.
    const dt = this.page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) })
    return dt.locator('xpath=following-sibling::dd[1]')
  }

  /** The button that shows a layer's files (layers are numbered from 0, as the core numbers them). */
  layerButton(index: number): Locator {
    return this.layers.getByRole('button', { name: `Show files of layer ${index}`, exact: true })
  }

  /** A tree row by its file or folder name (its accessible name starts "name, kind, size"). */
  item(name: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(name)}, `) })
  }

  /** The names of the rows drawn, top to bottom; at one depth only when given (1: top level). */
  async itemNames(level?: number): Promise<string[]> {
    return (await this.itemLabels(level)).map((label) => label.split(', ')[0] ?? '')
  }

  /** The sizes the rows show ("3 MB"), top to bottom; at one depth only when given. */
  async itemSizes(level?: number): Promise<string[]> {
    return (await this.itemLabels(level)).map((label) => label.split(', ')[2] ?? '')
  }

  /** Each row's spoken line: "name, kind, size[, change]". */
  private itemLabels(level?: number): Promise<string[]> {
    const rows = level === undefined ? this.items : this.tree.locator(`[role="treeitem"][aria-level="${level}"]`)
    return rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''))
  }
}
