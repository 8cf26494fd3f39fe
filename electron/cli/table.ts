import { escapeForDisplay } from '../../shared/lib/display-text'

/** Columns padded to their widest cell plus a gap, as docker's tabwriter lays them out. */
export function formatTable(header: string[], rows: string[][], gap = 3): string {
  // Every cell shows control and bidi characters as escapes, and no line break: one row per item.
  const all = [header, ...rows].map((row) => row.map((cell) => escapeForDisplay(cell)))
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)))
  const lines = all.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + gap)))
      .join('')
      .trimEnd(),
  )
  return `${lines.join('\n')}\n`
}

/** Whitespace (newlines of a multi-line RUN, tabs) squeezed to single spaces, for one table cell. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Cuts to `width` characters with an ellipsis; null width means no limit (output is not a terminal). */
export function truncate(text: string, width: number | null): string {
  if (width === null || text.length <= width) return text
  return width <= 1 ? text.slice(0, Math.max(0, width)) : `${text.slice(0, width - 1)}…`
}
