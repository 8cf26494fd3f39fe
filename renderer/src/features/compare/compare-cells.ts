import type { ComparisonCell, PinningSummary } from '../../../../shared/model'
import { formatBytes, formatDeltaBytes } from '../../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { formatDateTime, formatExactBytes } from '../../ui/format'

/** How long a cell's text may be before it is cut (a 2,000-character tag must not blow the table up). */
const CELL_MAX = 300
/** A hover may say more: a base's evidence. */
const DETAIL_MAX = 2_000

/** A model cell made ready to show: sizes rounded as the image list rounds them, every image text escaped. */
export type DisplayCell =
  | { kind: 'size'; text: string; exact: string; delta: string | null; note: string | null }
  | { kind: 'text'; text: string; note: string | null; hover: string | undefined }
  | { kind: 'list'; items: string[]; ordered: boolean }
  | { kind: 'pinning'; pinning: PinningSummary; explanation: string }
  | { kind: 'recommendation'; reference: string; fromLine: string; delta: string | null; reason: string | null }
  | { kind: 'missing'; why: string }

const shown = (text: string, maxLength = CELL_MAX) => escapeForDisplay(text, { maxLength })
const shownOrNull = (text: string | null) => (text === null ? null : shown(text))

/** Text from images (tags, references, evidence, FROM lines, reasons) goes through escapeForDisplay here, once. */
export function displayCell(cell: ComparisonCell): DisplayCell {
  switch (cell.kind) {
    case 'size':
      return {
        kind: 'size',
        text: formatBytes(cell.bytes),
        exact: formatExactBytes(cell.bytes),
        delta: cell.deltaBytes === null ? null : formatDeltaBytes(cell.deltaBytes),
        note: shownOrNull(cell.note),
      }
    case 'count':
      return { kind: 'text', text: String(cell.value), note: shownOrNull(cell.note), hover: undefined }
    case 'text':
      return { kind: 'text', text: shown(cell.text), note: shownOrNull(cell.note), hover: cell.detail === null ? undefined : shown(cell.detail, DETAIL_MAX) }
    case 'time':
      return { kind: 'text', text: formatDateTime(cell.iso) ?? shown(cell.iso), note: null, hover: shown(cell.iso) }
    case 'list':
      return { kind: 'list', items: cell.items.map((item) => shown(item)), ordered: cell.ordered }
    case 'pinning': {
      const explanation = shown(cell.explanation, DETAIL_MAX)
      return { kind: 'pinning', pinning: { reference: shownOrNull(cell.reference), class: cell.verdict, explanation }, explanation }
    }
    case 'recommendation':
      return {
        kind: 'recommendation',
        reference: shown(cell.reference),
        fromLine: shown(cell.fromLine),
        delta: cell.deltaBytes === null ? null : formatDeltaBytes(cell.deltaBytes),
        reason: shownOrNull(cell.reason),
      }
    case 'missing':
      return { kind: 'missing', why: shown(cell.why) }
  }
}
