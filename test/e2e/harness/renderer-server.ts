import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, relative, resolve, sep } from 'node:path'
import type { Page, Route } from '@playwright/test'

/** The built renderer (`npx electron-vite build`); the e2e run never builds it itself. */
export const rendererDir = resolve(__dirname, '../../../out/renderer')

/**
 * A fake origin, so the page loads over http exactly as it would from file:// in Electron: the CSP
 * meta of index.html (`script-src 'self'` …) then holds for every asset, as in the app.
 */
export const appOrigin = 'http://baseline.test'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

export function missingBuildMessage(): string | null {
  if (existsSync(join(rendererDir, 'index.html'))) return null
  return `The built renderer is missing (${join(rendererDir, 'index.html')}). ` +
    'The e2e run builds nothing itself: run `npm run build` (or `npx electron-vite build`) first, ' +
    'as test/run-all.mjs does.'
}

/** Maps a URL path to a file under out/renderer, refusing anything that climbs out of it. */
function fileFor(url: URL): string | null {
  let path: string
  try {
    path = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
  const inside = relative(rendererDir, file)
  if (inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`)) return null
  return file
}

async function serve(route: Route): Promise<void> {
  const file = fileFor(new URL(route.request().url()))
  if (!file || !existsSync(file)) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
    return
  }
  const body = await readFile(file)
  const contentType = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream'
  await route.fulfill({ status: 200, contentType, body, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * Serves out/renderer on the fake origin and refuses every other request: the app is offline by
 * design, so anything reaching for the network is a bug the test should see fail.
 */
export async function serveRenderer(page: Page): Promise<void> {
  // Later routes win in Playwright, so the catch-all goes first.
  await page.route('**/*', (route) => route.abort('blockedbyclient'))
  await page.route(`${appOrigin}/**`, serve)
}
