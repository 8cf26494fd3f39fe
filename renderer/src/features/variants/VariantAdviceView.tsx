import type { VariantAdvice } from '../../../../shared/model'
import { NamedList } from './NamedList'
import { RecommendedVariant } from './RecommendedVariant'
import { VariantChart } from './VariantChart'
import { VariantTable } from './VariantTable'

interface VariantAdviceViewProps {
  advice: VariantAdvice
  /** The advice for the other position of the switch, shown dimmed while the new one comes. */
  isStale?: boolean
  /** The image the advice is for, on an image page: the recommendation offers a comparison with it. */
  compareFrom?: string
}

/** The recommendation, the comparison and its chart, then what was ruled out and why. */
export function VariantAdviceView({ advice, isStale = false, compareFrom }: VariantAdviceViewProps) {
  const hasTable = !advice.isMinimal && advice.candidates.length > 0
  const recommended = advice.candidates.find((candidate) => candidate.recommended)
  return (
    <div className={`variants-body${isStale ? ' is-stale' : ''}`}>
      {hasTable ? (
        <>
          {recommended ? (
            <RecommendedVariant candidate={recommended} compareFrom={compareFrom} />
          ) : (
            <p className="advice-note">None of these is recommended outright: each trades something, as the table shows.</p>
          )}
          <VariantTable advice={advice} />
          <VariantChart advice={advice} />
        </>
      ) : (
        <AdviceNote advice={advice} />
      )}
      <div className="advice-lists">
        {advice.excluded.length > 0 ? (
          <NamedList title="Ruled out">
            {advice.excluded.map((item) => (
              <li key={item.reference}>
                <span className="candidate-name">{item.reference}</span>: {item.reason}
              </li>
            ))}
          </NamedList>
        ) : null}
        {advice.evidence.length > 0 ? (
          <NamedList title="Why">
            {advice.evidence.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </NamedList>
        ) : null}
      </div>
    </div>
  )
}

/** In place of an empty table: already minimal, or why nothing can be compared. */
function AdviceNote({ advice }: { advice: VariantAdvice }) {
  const text = advice.note ?? 'No smaller variant to suggest.'
  if (advice.isMinimal) {
    return (
      <p className="advice-note advice-note--minimal">
        <span className="advice-note-mark" aria-hidden="true">✓</span> {text}
      </p>
    )
  }
  return <p className="advice-note">{text}</p>
}
