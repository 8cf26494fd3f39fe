import { useState } from 'react'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { Spinner } from '../../ui/Spinner'
import { VariantAdviceView } from './VariantAdviceView'
import { useVariantAdvice } from './use-variant-advice'
import './variants.css'

const DEBUG_LABEL = 'People debug these containers in production'

/**
 * Smaller variants of the image's base, with its own loading and error states: the rest of the
 * image page neither waits for the advisor nor goes when it fails.
 */
export function VariantsSection({ reference }: { reference: string }) {
  const [debugInProduction, setDebugInProduction] = useState(false)
  const advice = useVariantAdvice(reference, debugInProduction)
  const shown = advice.shown
  // Nothing to weigh without a known family or a candidate; once ticked it stays, so focus does too.
  const showSwitch = debugInProduction || (shown !== undefined && (shown.current.family !== null || shown.candidates.length > 0))

  return (
    <section className="variants-section" aria-labelledby="variants-heading" aria-busy={advice.isFetching}>
      <h2 id="variants-heading" className="section-title">
        Smaller variants
      </h2>
      {showSwitch ? (
        <div className="variants-toolbar">
          <label className="check-field">
            <input type="checkbox" checked={debugInProduction} onChange={(event) => setDebugInProduction(event.target.checked)} />
            {DEBUG_LABEL}
          </label>
          <span className="field-help variants-switch-help">Keeps a shell: slim rather than distroless.</span>
          {advice.isStale ? (
            <span className="variants-updating">
              <Spinner /> Asking again…
            </span>
          ) : null}
        </div>
      ) : null}
      {shown ? (
        <VariantAdviceView advice={shown} isStale={advice.isStale} compareFrom={reference} />
      ) : advice.status === 'error' ? (
        <ErrorState title="Smaller variants could not be worked out" error={advice.error}>
          <button type="button" className="btn" onClick={() => void advice.refetch()}>
            Ask again
          </button>
        </ErrorState>
      ) : (
        <LoadingState label="Looking for smaller variants…" />
      )}
    </section>
  )
}
