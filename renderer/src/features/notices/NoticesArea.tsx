import { useLayoutEffect, useRef, useState } from 'react'
import { formatAge } from '../../../../shared/lib/time'
import { useQuery } from '../../api/use-query'
import { Badge } from '../../ui/Badge'
import { formatDateTime } from '../../ui/format'
import { noticeKey, visibleNotices } from './notice-key'
import './notices.css'

/**
 * What the core needs a person to know that is not an answer (the cache was rebuilt, analyses are
 * kept in memory only). Nothing at all is rendered while there is nothing to say.
 */
export function NoticesArea() {
  const notices = useQuery('app.notices', {})
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(() => new Set())
  const listRef = useRef<HTMLUListElement>(null)
  // Where focus goes once a dismissed notice (and its focused button) is gone: the next one's button.
  const focusIndex = useRef<number | null>(null)
  const shown = visibleNotices(notices.data?.notices ?? [], dismissed)

  useLayoutEffect(() => {
    const index = focusIndex.current
    if (index === null) return
    focusIndex.current = null
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button')
    const target = buttons?.[Math.min(index, buttons.length - 1)]
    if (target) target.focus()
    else document.getElementById('main')?.querySelector<HTMLElement>('h1')?.focus()
  })

  if (shown.length === 0) return null

  const dismiss = (key: string, index: number) => {
    focusIndex.current = index
    setDismissed((current) => new Set(current).add(key))
  }

  return (
    <section aria-label="Notices" className="notices">
      <ul ref={listRef} className="notice-list">
        {shown.map((notice, index) => {
          const key = noticeKey(notice)
          return (
            <li key={key} className={`notice notice--${notice.level}`}>
              <Badge tone={notice.level === 'warning' ? 'warning' : 'accent'}>{notice.level === 'warning' ? 'Warning' : 'Info'}</Badge>
              <p className="notice-message">{notice.message}</p>
              <time className="notice-time muted" dateTime={notice.at} title={formatDateTime(notice.at)}>
                {formatAge(notice.at)}
              </time>
              <button type="button" className="btn btn--quiet notice-dismiss" onClick={() => dismiss(key, index)}>
                Dismiss
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
