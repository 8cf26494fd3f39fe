/**
 * No remote content, ever: scripts and styles only from the app itself, no network at all. The
 * desktop window and browser mode send this same header. style-src allows inline styles because
 * React style attributes and the charts need them; scripts are 'self' only.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
