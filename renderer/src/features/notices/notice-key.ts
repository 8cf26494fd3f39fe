import type { AppNotice } from '../../../../shared/model'

/** Notices carry no ID; the moment and the words together tell one from another. */
export function noticeKey(notice: AppNotice): string {
  return `${notice.at} ${notice.message}`
}

/** The notices still to show, oldest first, without those the user dismissed. */
export function visibleNotices(notices: readonly AppNotice[], dismissed: ReadonlySet<string>): AppNotice[] {
  return notices.filter((notice) => !dismissed.has(noticeKey(notice)))
}
