import type { Locator, Page } from '@playwright/test'
import { escapeRegExp } from '../harness/text'
import { cellsOf } from './table-cells'

/** The row headers of the comparison, word for word and in this order. */
export const VARIANT_FACTS = [
  'Variant',
  'Size',
  'Delta',
  'libc',
  'Shell',
  'Package manager',
  'Debug ease',
  'Attack surface',
  'Caveats',
  'Evidence',
  'FROM line',
] as const

export type VariantFact = (typeof VARIANT_FACTS)[number]

/** The little of the DOM this file touches; the Node-side tsconfig has no DOM types. */
interface DomElement {
  parentElement: { children: ArrayLike<DomElement> } | null
}

/**
 * The "Smaller variants" region of an image page: the recommendation and its FROM line, the
 * comparison table (one column per image, one row per fact), the chart, and the lists under them.
 */
export class VariantsSection {
  readonly region: Locator
  readonly debugSwitch: Locator
  readonly table: Locator
  readonly rowHeaders: Locator
  readonly chart: Locator
  readonly ruledOut: Locator
  readonly why: Locator
  readonly copyFromLine: Locator
  /** The line the button copies: the code block beside it, not the one in the table. */
  readonly recommendedFromLine: Locator
  /** "Copied", or "Could not copy (…)"; empty until the button is used. */
  readonly copyStatus: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Smaller variants' })
    this.debugSwitch = this.region.getByRole('checkbox', { name: 'People debug these containers in production' })
    this.table = this.region.getByRole('table', { name: 'Variant comparison' })
    this.rowHeaders = this.table.getByRole('rowheader')
    this.chart = this.region.getByRole('figure', { name: 'Variant sizes' })
    this.ruledOut = this.region.getByRole('list', { name: 'Ruled out' })
    this.why = this.region.getByRole('list', { name: 'Why' })
    this.copyFromLine = this.region.getByRole('button', { name: 'Copy FROM line' })
    this.recommendedFromLine = this.copyFromLine.locator('..').getByRole('code')
    this.copyStatus = this.region.getByRole('status')
  }

  /** The header of a candidate's column, whether or not it carries the "Recommended" badge. */
  candidateHeader(reference: string): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(reference)}( Recommended)?$`) })
  }

  currentHeader(): Locator {
    return this.table.getByRole('columnheader', { name: /^Current: / })
  }

  /** Text the region shows in place of the table (already minimal, no base found …). */
  note(text: string | RegExp): Locator {
    return this.region.getByText(text)
  }

  /**
   * One cell of the comparison: the row of the fact, the column of the header. Counted among all
   * the header row's cells (the empty corner included), as the body rows start with their row header.
   */
  async cell(fact: VariantFact, header: Locator): Promise<Locator> {
    const index = await header.evaluate((element: DomElement) => Array.from(element.parentElement?.children ?? []).indexOf(element))
    if (index < 0) throw new Error('the column header is not in its header row')
    const row = this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: fact, exact: true }) })
    return cellsOf(row).nth(index)
  }
}
