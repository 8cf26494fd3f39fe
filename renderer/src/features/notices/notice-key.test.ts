import { describe, expect, it } from 'vitest'
import type { AppNotice } from '../../../../shared/model'
import { noticeKey, visibleNotices } from './notice-key'

const rebuilt: AppNotice = { level: 'warning', message: 'The analysis cache was unreadable and has been rebuilt.', at: '2024-01-01T00:00:00Z' }
const memory: AppNotice = { level: 'info', message: 'Analyses are kept in memory.', at: '2024-01-01T00:00:01Z' }

describe('notices shown', () => {
  it('hides a dismissed notice and keeps the others in order', () => {
    expect(visibleNotices([rebuilt, memory], new Set([noticeKey(rebuilt)]))).toEqual([memory])
  })

  it('shows the same words again when they come back later', () => {
    const again = { ...rebuilt, at: '2024-01-02T00:00:00Z' }
    expect(visibleNotices([rebuilt, again], new Set([noticeKey(rebuilt)]))).toEqual([again])
  })
})
