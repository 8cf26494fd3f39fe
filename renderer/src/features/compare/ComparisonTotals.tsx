import type { Comparison } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatExactBytes } from '../../ui/format'

/** The figures across all columns, as the comparison names them: what the images weigh together, what sharing saves. */
export function ComparisonTotals({ comparison }: { comparison: Comparison }) {
  return (
    <dl aria-label="Totals" className="facts compare-totals">
      {comparison.totalRows.map((total) => (
        <div key={total.key} className="fact" title={total.help}>
          <dt>{total.label}</dt>
          <dd className="num" title={total.sizeKind === null ? undefined : formatExactBytes(total.value)}>
            {total.sizeKind === null ? String(total.value) : formatBytes(total.value)}
          </dd>
        </div>
      ))}
    </dl>
  )
}
