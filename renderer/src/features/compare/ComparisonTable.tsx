import type { Comparison, ComparisonSection } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { Badge } from '../../ui/Badge'
import { CompareCellContent } from './CompareCellContent'

/**
 * One column per image, one row per fact, drawn from the comparison's own sections and rows: the
 * app keeps no row list of its own, so it says what every report says. Reading across compares one
 * fact, reading down describes one image. Many images scroll sideways; the fact names stay put.
 */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { columns } = comparison
  const keys = columns.map((column, index) => `${index} ${column.title}`)
  return (
    <div className="compare-table-frame" tabIndex={0} role="region" aria-label="Compared images">
      <table className="compare-table">
        <caption className="visually-hidden">Image comparison</caption>
        <thead>
          <tr>
            <td className="compare-corner" />
            {columns.map((column, index) => (
              <th key={keys[index]} scope="col" className={column.source === 'catalogue' ? 'is-catalogue' : undefined}>
                <span className="compare-title">{escapeForDisplay(column.title, { maxLength: 300 })}</span>
                {column.source === 'catalogue' ? (
                  <span className="compare-subtitle">
                    <Badge tone="muted" title="Not pulled here: sizes and facts come from the bundled catalogue">
                      catalogue
                    </Badge>{' '}
                    {column.subtitle}
                  </span>
                ) : (
                  <span className="compare-subtitle mono">{column.subtitle}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        {comparison.sections.map((section) => (
          <SectionRows key={section.key} section={section} comparison={comparison} keys={keys} />
        ))}
      </table>
    </div>
  )
}

function SectionRows({ section, comparison, keys }: { section: ComparisonSection; comparison: Comparison; keys: string[] }) {
  const titleId = `compare-section-${section.key}`
  return (
    <tbody aria-labelledby={titleId}>
      <tr className="compare-section">
        <td colSpan={comparison.columns.length + 1}>
          <span id={titleId} className="compare-section-title">
            {section.title}
          </span>
          {section.note ? <span className="compare-note">{escapeForDisplay(section.note, { maxLength: 400 })}</span> : null}
        </td>
      </tr>
      {section.rows.map((row) => (
        <tr key={row.key} data-row={row.key}>
          <th scope="row" title={row.help ?? undefined}>
            {row.label}
          </th>
          {row.cells.map((cell, index) => (
            <td key={keys[index] ?? index} className={comparison.columns[index]?.source === 'catalogue' ? 'is-catalogue' : undefined}>
              <CompareCellContent cell={cell} />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  )
}
