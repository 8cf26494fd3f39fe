import type { ComparisonCell } from '../../../../shared/model'
import { PinningBadge } from '../image-page/PinningBadge'
import { displayCell } from './compare-cells'

/** What one cell of the comparison says, as its kind asks; its text already escaped by displayCell. */
export function CompareCellContent({ cell }: { cell: ComparisonCell }) {
  const shown = displayCell(cell)
  switch (shown.kind) {
    case 'size':
      return (
        <>
          <span className="num compare-size" title={shown.exact}>
            {shown.text}
          </span>
          {shown.delta ? <span className="muted compare-delta"> ({shown.delta})</span> : null}
          {shown.note ? <span className="compare-note">{shown.note}</span> : null}
        </>
      )
    case 'text':
      return (
        <span title={shown.hover}>
          {shown.text}
          {shown.note ? <span className="compare-note">{shown.note}</span> : null}
        </span>
      )
    case 'list': {
      // A hierarchy is read in order (nearest base first); tags are a set.
      const items = shown.items.map((item, index) => <li key={`${index} ${item}`}>{item}</li>)
      return shown.ordered ? <ol className="compare-list">{items}</ol> : <ul className="compare-list">{items}</ul>
    }
    case 'pinning':
      return (
        <>
          <PinningBadge pinning={shown.pinning} />
          {shown.explanation ? <span className="compare-note">{shown.explanation}</span> : null}
        </>
      )
    case 'recommendation':
      return (
        <>
          <strong className="candidate-name">{shown.reference}</strong>
          {shown.delta ? <span className="muted"> ({shown.delta})</span> : null}
          {shown.reason ? <span className="compare-note">{shown.reason}</span> : null}
          <code className="compare-from selectable">{shown.fromLine}</code>
        </>
      )
    case 'missing':
      return (
        <span className="muted" title={shown.why}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{shown.why}</span>
        </span>
      )
  }
}
