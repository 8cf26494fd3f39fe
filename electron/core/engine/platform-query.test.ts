import { describe, expect, it } from 'vitest'
import { platformQuery, takesPlatform } from './platform-query'

describe('takesPlatform', () => {
  it('Docker 26.1 (API 1.45) takes a platform in no call; 1.48 in history and export; 1.49 in inspect too', () => {
    expect((['list-manifests', 'history', 'export', 'inspect'] as const).map((call) => takesPlatform('1.45', call))).toEqual([false, false, false, false])
    expect((['list-manifests', 'history', 'export', 'inspect'] as const).map((call) => takesPlatform('1.48', call))).toEqual([true, true, true, false])
    expect(takesPlatform('1.51', 'inspect')).toBe(true)
    expect(takesPlatform('2.0', 'inspect')).toBe(true)
    expect(takesPlatform('not a version', 'export')).toBe(false)
  })
})

describe('platformQuery', () => {
  it('sends the OCI platform as JSON, its variant only when there is one', () => {
    expect(decodeURIComponent(platformQuery('linux/arm64/v8'))).toBe('platform={"os":"linux","architecture":"arm64","variant":"v8"}')
    expect(decodeURIComponent(platformQuery('linux/amd64'))).toBe('platform={"os":"linux","architecture":"amd64"}')
  })
})
