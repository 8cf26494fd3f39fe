import { writeAtomically } from '../files/write-atomically'
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RecentDockerfile } from '../../../shared/contract'

export const RECENT_DOCKERFILES_FILE = 'recent-dockerfiles.json'
export const MAX_RECENT_DOCKERFILES = 10

export interface RecentFiles {
  /** Newest first; read from disk on first use, then kept in memory. */
  list(): Promise<RecentDockerfile[]>
  /** Puts `path` first (once), keeps the ten newest, and saves atomically. */
  add(path: string, now?: Date): Promise<RecentDockerfile[]>
  has(path: string): Promise<boolean>
}

export interface RecentFilesDeps {
  dataDir: string
  /** Told once when the file exists but cannot be used; the list then starts empty. */
  warn: (message: string) => void
}

export function createRecentFiles(deps: RecentFilesDeps): RecentFiles {
  const path = join(deps.dataDir, RECENT_DOCKERFILES_FILE)
  let current: Promise<RecentDockerfile[]> | null = null
  let writes: Promise<unknown> = Promise.resolve()
  const load = () => (current ??= readRecent(path, deps.warn))

  return {
    list: async () => [...(await load())],
    has: async (target) => (await load()).some((entry) => entry.path === target),
    add(target, now = new Date()) {
      // One after another, each on the last one's result, so two quick opens never lose one.
      const update = writes.then(async () => {
        const entry: RecentDockerfile = { path: target, name: basename(target), openedAt: now.toISOString() }
        const next = [entry, ...(await load()).filter((item) => item.path !== target)].slice(0, MAX_RECENT_DOCKERFILES)
        current = Promise.resolve(next)
        await writeAtomically(path, `${JSON.stringify({ files: next }, null, 2)}\n`).catch((error: Error) =>
          deps.warn(`could not save the recent Dockerfiles to ${path}: ${error.message}`),
        )
        return [...next]
      })
      writes = update.catch(() => undefined)
      return update
    },
  }
}

async function readRecent(path: string, warn: (message: string) => void): Promise<RecentDockerfile[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`could not read ${path} (${(error as Error).message}); starting an empty list`)
    return []
  }
  try {
    const files = recentFromJson(JSON.parse(text))
    if (files !== null) return files
  } catch {
    // Falls through to the same warning as a wrong shape.
  }
  warn(`${path} is damaged; the list of recent Dockerfiles starts empty`)
  return []
}

/** `{files: RecentDockerfile[]}` read without trusting it; null when it is not that shape at all. */
export function recentFromJson(value: unknown): RecentDockerfile[] | null {
  if (typeof value !== 'object' || value === null) return null
  const { files } = value as Record<string, unknown>
  if (!Array.isArray(files)) return null
  const seen = new Set<string>()
  const valid = files.filter((item): item is RecentDockerfile => {
    if (typeof item !== 'object' || item === null) return false
    const { path, name, openedAt } = item as Record<string, unknown>
    if (typeof path !== 'string' || typeof name !== 'string' || typeof openedAt !== 'string' || seen.has(path)) return false
    seen.add(path)
    return true
  })
  return valid.slice(0, MAX_RECENT_DOCKERFILES).map(({ path, name, openedAt }) => ({ path, name, openedAt }))
}

