import { formatAge } from '../../../../shared/lib/time'
import { useQuery } from '../../api/use-query'
import { formatDateTime } from '../../ui/format'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/** Files opened through File › Open, newest first; each reopens through the core, never by a path typed here. */
export function RecentDockerfiles({ onOpen, busy }: { onOpen: (path: string) => void; busy: boolean }) {
  const recent = useQuery('dockerfile.recent', {})
  const files = recent.data?.files ?? []
  if (recent.status === 'error') return <p className="muted">The recent files could not be read: {recent.error.message}</p>
  if (files.length === 0) return null
  return (
    <section className="recent-dockerfiles" aria-labelledby="recent-dockerfiles-title">
      <h2 id="recent-dockerfiles-title" className="section-title">
        Recent
      </h2>
      <ul aria-label="Recent Dockerfiles" className="recent-list">
        {files.map((file) => (
          <li key={file.path}>
            <button
              type="button"
              className="link-button recent-open"
              aria-disabled={busy || undefined}
              onClick={() => (busy ? undefined : onOpen(file.path))}
              title={file.path}
            >
              {escapeForDisplay(file.name, { maxLength: 300 })}
            </button>{' '}
            <span className="muted recent-path selectable">{file.path}</span>{' '}
            <time className="muted" dateTime={file.openedAt} title={formatDateTime(file.openedAt)}>
              {formatAge(file.openedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  )
}
