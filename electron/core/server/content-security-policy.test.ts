import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy'
import { BROWSER_CONTENT_SECURITY_POLICY } from './content-security-policy'

const directives = (policy: string) => new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]))

describe('the browser-mode content security policy', () => {
  it("is the desktop window's, with connections to its own origin allowed and nothing else changed", () => {
    const desktop = directives(CONTENT_SECURITY_POLICY)
    const browser = directives(BROWSER_CONTENT_SECURITY_POLICY)
    expect(browser.get('connect-src')).toBe("'self'")
    expect(desktop.get('connect-src')).toBe("'none'")
    browser.delete('connect-src')
    desktop.delete('connect-src')
    expect(browser).toEqual(desktop)
    expect(browser.get('script-src')).toBe("'self'")
    expect(browser.get('default-src')).toBe("'none'")
  })
})
