import type { ImageAnalysis } from '../../../../shared/model'
import { imageHref } from '../../app/routes'
import { Badge } from '../../ui/Badge'
import { breadcrumb } from './base-text'

/** This image, its base, the base's base …: nearest first; local levels open their own page. */
export function BaseBreadcrumb({ analysis }: { analysis: ImageAnalysis }) {
  const crumbs = breadcrumb(analysis, imageHref)
  return (
    <nav aria-label="Base hierarchy" className="base-crumbs">
      <ol>
        {crumbs.map((crumb) => (
          <li key={crumb.key} className="crumb">
            {crumb.href ? (
              <a href={crumb.href} title={crumb.title} className={crumb.isUntagged ? 'mono' : undefined}>
                {crumb.label}
              </a>
            ) : (
              <span
                aria-current={crumb.isCurrent ? 'page' : undefined}
                title={crumb.title}
                className={`crumb-text${crumb.isCurrent ? ' crumb-text--current' : ''}${crumb.isUntagged ? ' mono' : ''}`}
              >
                {crumb.label}
              </span>
            )}
            {crumb.isUntagged ? (
              <Badge tone="muted" title="No tag names this image: it is shown by its short ID">
                untagged
              </Badge>
            ) : null}
            {crumb.note ? <span className="crumb-note">{crumb.note}</span> : null}
          </li>
        ))}
      </ol>
    </nav>
  )
}
