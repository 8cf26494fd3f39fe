import type { ComparisonCell, ComparisonTotal } from '../../../shared/model'
import { formatBytes, formatDeltaBytes } from '../../../shared/lib/bytes'

/** A cell's main words, without its note: "4.26 MB (+3 MB)", "busybox:1.37", "minor". */
export function cellMain(cell: ComparisonCell): string {
  switch (cell.kind) {
    case 'size':
      return cell.deltaBytes === null ? formatBytes(cell.bytes) : `${formatBytes(cell.bytes)} (${formatDeltaBytes(cell.deltaBytes)})`
    case 'count':
      return String(cell.value)
    case 'text':
      return cell.text
    case 'time':
      return cell.iso
    case 'list':
      return cell.items.join(cell.ordered ? ' → ' : ', ')
    case 'pinning':
      return cell.verdict
    case 'recommendation': {
      const size = cell.sizeBytes === null ? '' : `, ${formatBytes(cell.sizeBytes)}`
      const delta = cell.deltaBytes === null ? '' : ` (${formatDeltaBytes(cell.deltaBytes)})`
      return `${cell.fromLine}${size}${delta}`
    }
    case 'missing':
      return '—'
  }
}

/** What a cell adds in small print: a note, a pinning's explanation, a recommendation's reason, why it is missing. */
export function cellNote(cell: ComparisonCell): string | null {
  switch (cell.kind) {
    case 'size':
    case 'count':
    case 'text':
      return cell.note
    case 'pinning':
      return cell.explanation === '' ? null : cell.explanation
    case 'recommendation':
      return cell.reason
    case 'missing':
      return cell.why
    default:
      return null
  }
}

/** One line of plain text for a cell, as Markdown and the CLI print it: "4.26 MB (+3 MB) · catalogue figure". */
export function cellText(cell: ComparisonCell): string {
  const note = cellNote(cell)
  if (cell.kind === 'missing') return `— (${cell.why})`
  return note === null ? cellMain(cell) : `${cellMain(cell)} · ${note}`
}

/** A cell as a spreadsheet wants it: exact numbers for figures, the main words otherwise, empty when missing. */
export function cellValue(cell: ComparisonCell): string | number | null {
  switch (cell.kind) {
    case 'size':
      return cell.bytes
    case 'count':
      return cell.value
    case 'missing':
      return null
    case 'recommendation':
      return cell.fromLine
    default:
      return cellMain(cell)
  }
}

export function totalText(total: ComparisonTotal): string {
  return total.sizeKind === null ? String(total.value) : formatBytes(total.value)
}
