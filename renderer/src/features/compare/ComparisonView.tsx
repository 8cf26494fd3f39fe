import type { Comparison } from '../../../../shared/model'
import { ComparisonPackages } from '../packages/ComparisonPackages'
import { CompareChart } from './CompareChart'
import { ComparisonTable } from './ComparisonTable'
import { ComparisonTotals } from './ComparisonTotals'
import { ExportReport } from './ExportReport'
import { FilesComparisonSection } from './FilesComparisonSection'
import { provenanceText } from './compare-summary'

interface ComparisonViewProps {
  comparison: Comparison
  /** What was asked for, in order: the export renders the same images. */
  references: readonly string[]
}

/** Where the figures come from and the way out as a report, then the totals, the table and the chart. */
export function ComparisonView({ comparison, references }: ComparisonViewProps) {
  const catalogueCount = comparison.images.filter((image) => image.source === 'catalogue').length
  return (
    <div className="compare-body">
      <p className="compare-provenance muted" aria-label="Report facts">
        {provenanceText(comparison)}
      </p>
      <ExportReport references={references} />
      {catalogueCount > 0 ? (
        <p className="note">
          {catalogueCount === 1 ? 'One column is' : `${catalogueCount} columns are`} not on this machine: catalogue
          figures, with no layers to share.
        </p>
      ) : null}
      <ComparisonTotals comparison={comparison} />
      <ComparisonTable comparison={comparison} />
      <CompareChart comparison={comparison} />
      <ComparisonPackages comparison={comparison} />
      <FilesComparisonSection files={comparison.files} references={references} />
    </div>
  )
}
