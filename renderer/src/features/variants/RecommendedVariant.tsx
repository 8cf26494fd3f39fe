import { useRef } from 'react'
import type { VariantCandidate } from '../../../../shared/model'
import { compareHref } from '../../app/routes'
import { CandidateName } from './CandidateName'
import { useCopyText, type CopyState } from './use-copy-text'
import { deltaText } from './variant-text'

interface RecommendedVariantProps {
  candidate: VariantCandidate
  /** The image this advice is for: offers it side by side with the candidate. Absent: no offer. */
  compareFrom?: string
}

/** The answer first: which variant, why, and the line to paste into the Dockerfile. */
export function RecommendedVariant({ candidate, compareFrom }: RecommendedVariantProps) {
  const code = useRef<HTMLElement>(null)
  const { state, copy } = useCopyText(code)
  return (
    <div className="card recommended-card">
      {/* Polite: flipping the switch above changes this sentence, and a screen reader says the new one. */}
      <p className="recommended-reason" aria-live="polite">
        Recommended: <strong><CandidateName reference={candidate.reference} localImageId={candidate.localImageId} /></strong>
        {candidate.deltaBytes !== null ? <span className="muted"> ({deltaText(candidate.deltaBytes)})</span> : null}.{' '}
        {candidate.reason}
      </p>
      <div className="from-line">
        <pre className="from-line-code">
          <code ref={code}>{candidate.fromLine}</code>
        </pre>
        <button type="button" className="btn" onClick={() => void copy(candidate.fromLine)}>
          Copy FROM line
        </button>
        {/* A candidate not pulled here becomes a catalogue column: the core says so in the comparison. */}
        {compareFrom !== undefined ? (
          <a className="btn" href={compareHref([compareFrom, candidate.reference])}>
            Compare with suggested variant
          </a>
        ) : null}
      </div>
      <p role="status" className={`copy-status copy-status--${state.status}`}>
        {statusText(state)}
      </p>
    </div>
  )
}

function statusText(state: CopyState): string {
  switch (state.status) {
    case 'idle':
      return ''
    case 'copied':
      return 'Copied'
    case 'failed':
      return state.message
  }
}
