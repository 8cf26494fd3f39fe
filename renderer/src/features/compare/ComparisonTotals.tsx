import type { Comparison } from '../../../../shared/model'
import { totalFacts } from './compare-summary'

/** The figures across all columns: what the images weigh together, and what sharing saves on disk. */
export function ComparisonTotals({ comparison }: { comparison: Comparison }) {
  return (
    <dl aria-label="Totals" className="facts compare-totals">
      {totalFacts(comparison).map((fact) => (
        <div key={fact.label} className="fact" title={fact.help}>
          <dt>{fact.label}</dt>
          <dd className="num" title={fact.exact ?? undefined}>
            {fact.text}
          </dd>
        </div>
      ))}
    </dl>
  )
}
