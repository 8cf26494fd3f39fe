import { compareReadiness } from './image-selection'

interface CompareSelectionProps {
  /** Picked images the engine still has. */
  count: number
  onCompare: () => void
  onClear: () => void
}

/** "Compare (N)" beside the filter: enabled from two picks; why not is said, not only greyed out. */
export function CompareSelection({ count, onCompare, onClear }: CompareSelectionProps) {
  const { label, blocker } = compareReadiness(count)
  return (
    <div className="compare-selection">
      <button type="button" className="btn btn--primary" disabled={blocker !== null} onClick={onCompare} aria-describedby="compare-selection-help">
        {label}
      </button>
      {count > 0 ? (
        <button type="button" className="btn btn--quiet" onClick={onClear}>
          Clear picks
        </button>
      ) : null}
      <span id="compare-selection-help" className="field-help">
        {blocker ?? 'Opens the picked images side by side'}
        {count === 0 ? ': Space or Ctrl+click picks a row, Shift adds a range' : null}
      </span>
    </div>
  )
}
