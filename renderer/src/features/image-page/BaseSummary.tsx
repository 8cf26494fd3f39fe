import type { ImageAnalysis } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatExactBytes } from '../../ui/format'
import { BaseBreadcrumb } from './BaseBreadcrumb'
import { PinningBadge } from './PinningBadge'
import { confidenceText, methodWords } from './base-text'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** What this image inherits: the hierarchy, how it was found and why, how the base is pinned, whether it moved. */
export function BaseSummary({ analysis }: { analysis: ImageAnalysis }) {
  const { base, pinning } = analysis
  const found = base.method !== 'none'
  return (
    <div className="card base-card">
      <dl className="base-facts">
        <div className="base-fact">
          <dt>Hierarchy</dt>
          <dd>
            <BaseBreadcrumb analysis={analysis} />
          </dd>
        </div>
        <div className="base-fact">
          <dt>Method</dt>
          <dd>
            <span className="base-method">{methodWords(base.method)}</span>
            {found && base.confidence < 1 ? <span className="muted"> · confidence {confidenceText(base.confidence)}</span> : null}
            <p className="base-evidence">{escapeForDisplay(base.evidence, { maxLength: 2_000 })}</p>
          </dd>
        </div>
        <div className="base-fact">
          <dt>Pinning</dt>
          <dd className="base-pinning">
            <PinningBadge pinning={pinning} />
            <span>{escapeForDisplay(pinning.explanation, { maxLength: 2_000 })}</span>
          </dd>
        </div>
        <div className="base-fact">
          <dt>Size</dt>
          <dd>
            Base{' '}
            <strong className="num" title={formatExactBytes(analysis.baseSizeBytes)}>
              {formatBytes(analysis.baseSizeBytes)}
            </strong>{' '}
            + own{' '}
            <strong className="num" title={formatExactBytes(analysis.ownSizeBytes)}>
              {formatBytes(analysis.ownSizeBytes)}
            </strong>
          </dd>
        </div>
      </dl>
      <BaseMoved analysis={analysis} />
    </div>
  )
}

/** Offline drift: the base's tag now names another image than the one this image was built on. */
function BaseMoved({ analysis }: { analysis: ImageAnalysis }) {
  if (analysis.baseMoved === true) {
    return (
      <div role="status" className="callout callout--warning">
        <strong className="callout-title">Base moved</strong>
        {analysis.baseMovedDetail ? <span>{analysis.baseMovedDetail}</span> : null}
      </div>
    )
  }
  if (analysis.baseMoved === false) {
    return (
      <p className="base-unchanged">
        <span className="base-unchanged-mark" aria-hidden="true">✓</span> Base tag unchanged
        {analysis.baseMovedDetail ? <span className="muted"> · {analysis.baseMovedDetail}</span> : null}
      </p>
    )
  }
  return null
}
