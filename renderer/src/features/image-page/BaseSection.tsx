import type { ImageAnalysis } from '../../../../shared/model'
import type { QueryResult } from '../../api/use-query'
import { ErrorState } from '../../ui/ErrorState'
import { LoadingState } from '../../ui/LoadingState'
import { BaseSummary } from './BaseSummary'
import './base-section.css'

/**
 * The base analysis has its own loading and error states: the image's facts, chart and layers do
 * not wait for it, and stay when it fails.
 */
export function BaseSection({ analysis }: { analysis: QueryResult<ImageAnalysis> }) {
  return (
    <section className="base-section" aria-labelledby="base-heading" aria-busy={analysis.isFetching}>
      <h2 id="base-heading" className="section-title">
        Base image
      </h2>
      {analysis.data ? (
        <BaseSummary analysis={analysis.data} />
      ) : analysis.status === 'error' ? (
        <ErrorState title="The base of this image could not be analysed" error={analysis.error}>
          <button type="button" className="btn" onClick={() => void analysis.refetch()}>
            Analyse again
          </button>
        </ErrorState>
      ) : (
        <LoadingState label="Analysing the base…" />
      )}
    </section>
  )
}
