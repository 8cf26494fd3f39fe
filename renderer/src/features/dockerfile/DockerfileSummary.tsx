import type { DockerfileAnalysis } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { imageHref } from '../../app/routes'
import { PinningBadge } from '../image-page/PinningBadge'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** What the final stage inherits: its base, how firmly pinned, which OS and variant, and what is on disk. */
export function DockerfileSummary({ analysis }: { analysis: DockerfileAnalysis }) {
  const { finalBase, finalBaseProblem, pinning, os, variant, localBase, stages, finalStage } = analysis
  const explanation = stages.find((stage) => stage.index === finalStage)?.pinningExplanation ?? ''
  return (
    <section aria-label="Summary" className="card dockerfile-summary">
      <dl className="dockerfile-facts">
        <div>
          <dt>Final base</dt>
          <dd>
            {finalBase === null ? (
              <span className="muted">{escapeForDisplay(finalBaseProblem ?? 'Unresolvable', { maxLength: 2_000 })}</span>
            ) : (
              <>
                <code className="selectable">{escapeForDisplay(finalBase, { maxLength: 300 })}</code>{' '}
                <PinningBadge pinning={{ reference: finalBase, class: pinning, explanation }} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>OS</dt>
          <dd>{os}</dd>
        </div>
        <div>
          <dt>Variant</dt>
          <dd>{variant}</dd>
        </div>
        <div>
          <dt>Final stage</dt>
          <dd>#{finalStage}</dd>
        </div>
        {localBase ? (
          <div>
            <dt>On this engine</dt>
            <dd>
              <a href={imageHref(localBase.imageId)}>
                <span className="num">{formatBytes(localBase.sizeBytes)}</span>
              </a>
              {localBase.hierarchy.length > 0 ? (
                <ol aria-label="Base hierarchy" className="base-hierarchy">
                  {localBase.hierarchy.map((reference, index) => (
                    <li key={`${index}-${reference}`}>{escapeForDisplay(reference, { maxLength: 300 })}</li>
                  ))}
                </ol>
              ) : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {pinning && explanation ? <p className="muted dockerfile-pinning-why">{escapeForDisplay(explanation, { maxLength: 2_000 })}</p> : null}
    </section>
  )
}
