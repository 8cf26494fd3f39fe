import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, relative, sep } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

export interface StaticFile {
  body: Buffer
  contentType: string
  isHtml: boolean
}

/** The built renderer's entry; the server refuses to start without it. */
export function rendererEntry(rendererDir: string): string {
  return join(rendererDir, 'index.html')
}

/** A URL path as a file under the renderer folder; null for anything that climbs out of it. */
export function fileFor(rendererDir: string, pathname: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(pathname)
  } catch {
    return null
  }
  if (path.includes('\0')) return null
  const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
  const inside = relative(rendererDir, file)
  if (inside === '' || inside.startsWith('..') || inside.includes(`..${sep}`)) return null
  return file
}

/** Reads one file of the built renderer (a few hundred kB at most), or null when there is none. */
export async function readStatic(rendererDir: string, pathname: string): Promise<StaticFile | null> {
  const file = fileFor(rendererDir, pathname)
  if (file === null || !existsSync(file) || !statSync(file).isFile()) return null
  const extension = extname(file).toLowerCase()
  const contentType = CONTENT_TYPES[extension] ?? 'application/octet-stream'
  return { body: await readFile(file), contentType, isHtml: extension === '.html' }
}
