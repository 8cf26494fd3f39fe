import type { ImageDetail } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatAge } from '../../../../shared/lib/time'
import { Badge } from '../../ui/Badge'
import { alignmentNote, platformOf } from './image-text'
import { formatDateTime, formatExactBytes } from '../../ui/format'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

export function ImageFacts({ image }: { image: ImageDetail }) {
  const { summary } = image
  const note = alignmentNote(image.alignment)
  const emptySteps = image.history.filter((step) => step.isEmpty).length
  return (
    <>
      <dl className="facts">
        <div className="fact fact--wide">
          <dt>ID</dt>
          <dd className="mono selectable">{summary.id}</dd>
        </div>
        <div className="fact fact--wide">
          <dt>Tags</dt>
          <dd className="fact-tags">
            {summary.tags.length === 0 ? <span className="none-text">&lt;none&gt;</span> : null}
            {summary.tags.map((tag) => (
              <span key={tag} className="chip">
                {escapeForDisplay(tag)}
              </span>
            ))}
            {summary.isDangling ? <Badge tone="warning">dangling</Badge> : null}
          </dd>
        </div>
        <div className="fact">
          <dt>On disk</dt>
          <dd className="num" title={formatExactBytes(summary.sizeBytes)}>
            {formatBytes(summary.sizeBytes)}
          </dd>
        </div>
        {image.contentBytes === null ? null : (
          <div className="fact">
            <dt>Content (compressed)</dt>
            <dd className="num" title={formatExactBytes(image.contentBytes)}>
              {formatBytes(image.contentBytes)}
            </dd>
          </div>
        )}
        <div className="fact">
          <dt>Created</dt>
          <dd title={formatDateTime(summary.createdAt)}>{formatAge(summary.createdAt)}</dd>
        </div>
        <div className="fact">
          <dt>OS/arch</dt>
          <dd>{platformOf(image)}</dd>
        </div>
        <div className="fact">
          <dt>Layers</dt>
          <dd>
            {image.diffIds.length}
            <span className="muted">
              {' '}
              · {image.history.length} steps{emptySteps > 0 ? `, ${emptySteps} empty` : ''}
            </span>
          </dd>
        </div>
      </dl>
      {note ? (
        <p className="note" role="note">
          <Badge tone="warning">{image.alignment}</Badge> {note}
        </p>
      ) : null}
    </>
  )
}
