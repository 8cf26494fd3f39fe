import { CONTENT_SECURITY_POLICY } from '../api/content-security-policy'

/**
 * The desktop window's policy with one change: browser mode talks to its own server, so
 * `connect-src 'self'` where the desktop, which talks over IPC, says 'none'. No remote content
 * either way: scripts, styles, images and connections stay on the app's origin.
 */
export const BROWSER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'none'", "connect-src 'self'")

/** Headers every answer of the server carries: no sniffing, no framing, no referrer, no caching. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
}
