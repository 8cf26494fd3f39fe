import { COLUMNS } from './columns'
import type { SortKey, SortState } from './image-sort'

interface GridHeaderProps {
  sort: SortState
  onSort: (key: SortKey) => void
}

/** Each header holds a button, so click, Enter and Space all sort, as the ARIA sortable-table pattern has it. */
export function GridHeader({ sort, onSort }: GridHeaderProps) {
  return (
    <div role="rowgroup" className="grid-head">
      <div role="row" aria-rowindex={1} className="grid-row grid-row--head">
        <div role="columnheader" className="grid-cell grid-cell--head cell-select">
          <span className="visually-hidden">Picked</span>
        </div>
        {COLUMNS.map((column) => {
          const sorted = sort.key === column.key
          return (
            <div
              key={column.key}
              role="columnheader"
              aria-sort={sorted ? sort.direction : 'none'}
              className={`grid-cell grid-cell--head${column.numeric ? ' num' : ''}`}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                {column.label}
                <span className={`sort-icon${sorted ? ' is-active' : ''}`} aria-hidden="true">
                  {sorted && sort.direction === 'ascending' ? '▲' : '▼'}
                </span>
              </button>
            </div>
          )
        })}
      </div>
    </div>
  )
}
