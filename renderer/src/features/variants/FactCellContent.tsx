import type { FactCell } from './variant-rows'

/** What one cell of the comparison says, as the kind of fact asks. */
export function FactCellContent({ cell }: { cell: FactCell }) {
  switch (cell.kind) {
    case 'text':
      return <>{cell.text}</>
    case 'size':
      return (
        <>
          <span className="num fact-size" title={cell.exact}>
            {cell.text}
          </span>{' '}
          <span className="fact-source">{cell.source}</span>
        </>
      )
    case 'delta':
      return (
        <>
          <span className={`delta delta--${cell.tone}`}>{cell.text}</span>
          {cell.against === null ? null : <span className="fact-source">{cell.against}</span>}
        </>
      )
    case 'list':
      return (
        <ul className="fact-list">
          {cell.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )
    case 'code':
      return <code className="fact-code selectable">{cell.text}</code>
    case 'unknown':
      return (
        <span className="muted" title={cell.why}>
          unknown
        </span>
      )
    case 'missing':
      return (
        <span className="muted" title={cell.why}>
          —
        </span>
      )
  }
}
