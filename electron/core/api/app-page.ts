/** Where the app's own page is served from: the built index.html, or the dev server in `npm run dev`. */
export interface AppPageLocation {
  /** file: URL of the built renderer's index.html. */
  entryUrl: string
  /** http: URL of electron-vite's dev server, when one runs. */
  devServerUrl?: string
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True only for the app's own page: exactly the built index.html (any #route), or a page of the
 * dev server's exact origin. A prefix test is not enough: `file:///app/out/renderer-evil/x.html`
 * starts with the renderer folder's URL, and `http://localhost:5173.evil.example` with the dev
 * server's. Every file: URL shares one opaque origin, so for those the path is what is compared.
 */
export function isAppPage(url: string, location: AppPageLocation): boolean {
  const page = parse(url)
  if (page === null) return false
  const dev = location.devServerUrl ? parse(location.devServerUrl) : null
  if (dev !== null && page.origin === dev.origin && page.origin !== 'null') return true
  const entry = parse(location.entryUrl)
  return entry !== null && page.protocol === 'file:' && entry.protocol === 'file:' && page.host === entry.host && page.pathname === entry.pathname
}
