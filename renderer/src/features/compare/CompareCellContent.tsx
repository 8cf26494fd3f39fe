import { PinningBadge } from '../image-page/PinningBadge'
import type { CompareCell } from './compare-rows'

/** What one cell of the comparison says, as the kind of fact asks. */
export function CompareCellContent({ cell }: { cell: CompareCell }) {
  switch (cell.kind) {
    case 'text':
      return (
        <span title={cell.detail}>
          {cell.text}
          {cell.note ? <span className="compare-note">{cell.note}</span> : null}
        </span>
      )
    case 'bytes':
      return (
        <>
          <span className="num compare-size" title={cell.exact}>
            {cell.text}
          </span>
          {cell.note ? <span className="compare-note">{cell.note}</span> : null}
        </>
      )
    case 'list':
      return (
        <ol className="compare-list">
          {cell.items.map((item, index) => (
            <li key={`${index} ${item}`}>{item}</li>
          ))}
        </ol>
      )
    case 'pinning':
      return (
        <>
          <PinningBadge pinning={cell.pinning} />
          {cell.explanation ? <span className="compare-note">{cell.explanation}</span> : null}
        </>
      )
    case 'recommendation':
      return (
        <>
          <strong className="candidate-name">{cell.reference}</strong>
          {cell.delta ? <span className="muted"> ({cell.delta})</span> : null}
          {cell.reason ? <span className="compare-note">{cell.reason}</span> : null}
          <code className="compare-from selectable">{cell.fromLine}</code>
        </>
      )
    case 'missing':
      return (
        <span className="muted" title={cell.why}>
          <span aria-hidden="true">—</span>
          <span className="visually-hidden">{cell.why}</span>
        </span>
      )
  }
}
