import type { VariantAdvice } from '../../../../shared/model'
import { Badge } from '../../ui/Badge'
import { CandidateName } from './CandidateName'
import { FactCellContent } from './FactCellContent'
import { FACT_NAMES, candidateCell, currentCell } from './variant-rows'
import { currentName } from './variant-text'

/**
 * The current base in the first column, one column per candidate, one row per fact: reading across
 * a row compares one fact, reading down a column describes one image.
 */
export function VariantTable({ advice }: { advice: VariantAdvice }) {
  const { current, candidates } = advice
  return (
    <div className="variant-table-frame">
      <table className="variant-table">
        <caption className="visually-hidden">Variant comparison</caption>
        <colgroup>
          <col className="variant-col--facts" />
          <col className="variant-col--current" />
          {candidates.map((candidate, index) => (
            <col key={index} className={candidate.recommended ? 'variant-col--recommended' : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className="variant-corner" />
            <th scope="col" className="variant-current">
              <span className="variant-kicker">Current:</span> <span className="candidate-name">{currentName(current.reference)}</span>
            </th>
            {candidates.map((candidate, index) => (
              <th key={index} scope="col" className={candidate.recommended ? 'is-recommended' : undefined}>
                <CandidateName reference={candidate.reference} localImageId={candidate.localImageId} />
                {candidate.recommended ? (
                  <>
                    {' '}
                    <Badge tone="success">Recommended</Badge>
                  </>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FACT_NAMES.map((fact) => (
            <tr key={fact}>
              <th scope="row">{fact}</th>
              <td className="variant-current">
                <FactCellContent cell={currentCell(fact, current)} />
              </td>
              {candidates.map((candidate, index) => (
                <td key={index} className={candidate.recommended ? 'is-recommended' : undefined}>
                  <FactCellContent cell={candidateCell(fact, candidate, current)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
