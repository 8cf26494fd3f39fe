import type { EmitEvent } from '../../shared/contract'
import type { AppNotice } from '../../shared/model'

export interface Notices {
  add(level: AppNotice['level'], message: string): void
  list(): AppNotice[]
}

/** Keeps what a person must be told, sends it to open windows, and mirrors it to the log. */
export function createNotices(emit: EmitEvent, warn: (message: string) => void): Notices {
  const notices: AppNotice[] = []
  return {
    add(level, message) {
      const notice: AppNotice = { level, message, at: new Date().toISOString() }
      notices.push(notice)
      if (level === 'warning') warn(message)
      emit('app.notice', notice)
    },
    list: () => [...notices],
  }
}
