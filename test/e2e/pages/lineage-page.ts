import type { Locator, Page } from '@playwright/test'
import { escapeRegExp } from '../harness/text'

/**
 * The Lineage screen: every local image in a tree by layer-chain prefix. The tree is virtualised
 * and the daemon is shared, so find items by filtering first, never by scrolling and hoping.
 */
export class LineagePage {
  readonly heading: Locator
  readonly filter: Locator
  readonly expandAll: Locator
  readonly collapseAll: Locator
  readonly tree: Locator
  readonly items: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Lineage' })
    this.filter = page.getByRole('searchbox', { name: 'Filter lineage' })
    this.expandAll = page.getByRole('button', { name: 'Expand all', exact: true })
    this.collapseAll = page.getByRole('button', { name: 'Collapse all', exact: true })
    this.tree = page.getByRole('tree', { name: 'Image lineage' })
    this.items = this.tree.getByRole('treeitem')
  }

  /** The item of an image by the tag it is shown under (its name starts with it). */
  item(tag: string): Locator {
    return this.tree.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(tag)}(?=[ ,])`) })
  }

  /** The items shown at one depth (aria-level: 1 for roots). */
  itemsAtLevel(level: number): Locator {
    return this.items.and(this.tree.locator(`[aria-level="${level}"]`))
  }

  async filterBy(text: string): Promise<void> {
    await this.filter.fill(text)
  }

  /** Puts focus on the tree's one tab stop, as Tab from the toolbar would. */
  async focusTree(): Promise<void> {
    await this.tree.locator('[role="treeitem"][tabindex="0"]').focus()
  }
}

