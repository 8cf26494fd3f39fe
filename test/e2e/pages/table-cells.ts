import type { Locator } from '@playwright/test'

/** The little of the DOM this file touches; the Node-side tsconfig has no DOM types. */
interface DomElement {
  tagName: string
  getAttribute(name: string): string | null
  parentElement: { children: ArrayLike<DomElement> } | null
}

/** Cells of a row, whatever role the table gives them (cell, gridcell, rowheader). */
export function cellsOf(row: Locator): Locator {
  return row.locator(':scope > [role="cell"], :scope > [role="gridcell"], :scope > [role="rowheader"], :scope > td, :scope > th')
}

/**
 * The position of a column, found by the header's accessible name (sort arrows and other
 * decorations are aria-hidden, so they do not get in the way) and counted among its siblings.
 */
export async function columnIndex(table: Locator, name: string): Promise<number> {
  const header = table.getByRole('columnheader', { name, exact: true })
  const index = await header.evaluate((element: DomElement) =>
    Array.from(element.parentElement?.children ?? [])
      .filter((sibling) => sibling.getAttribute('role') === 'columnheader' || sibling.tagName === 'TH')
      .indexOf(element))
  if (index < 0) throw new Error(`column "${name}" is not in its header row`)
  return index
}

/** The text of one column in every given row, top to bottom. */
export async function cellTexts(table: Locator, rows: Locator, column: string): Promise<string[]> {
  const index = await columnIndex(table, column)
  const texts: string[] = []
  for (const row of await rows.all()) {
    texts.push((await cellsOf(row).nth(index).innerText()).trim())
  }
  return texts
}
