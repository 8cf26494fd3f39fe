import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

/**
 * A private place to run a parser in, so "nothing was written to disk" can be checked exactly
 * while other suites write to the shared /tmp: TMPDIR (what os.tmpdir() answers) and the working
 * folder both point inside one fresh root, the working folder five levels down so that a name
 * like `../../etc/passwd` taken relative to it still lands inside the root, where it is seen.
 */
export interface DiskSandbox {
  root: string
  tmp: string
  cwd: string
  /** Every file and folder under the root, relative to it, sorted. */
  list(): string[]
  /** Runs `work` with TMPDIR and the working folder inside the sandbox, then puts both back. */
  inside<T>(work: () => Promise<T>): Promise<T>
  remove(): void
}

function walk(root: string, folder: string, out: string[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name)
    out.push(relative(root, path))
    if (entry.isDirectory()) walk(root, path, out)
  }
}

export function createDiskSandbox(): DiskSandbox {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'baseline-hostile-')))
  const tmp = join(root, 'tmp')
  const cwd = join(root, 'work/a/b/c/d')
  mkdirSync(tmp)
  mkdirSync(cwd, { recursive: true })
  return {
    root,
    tmp,
    cwd,
    list() {
      const out: string[] = []
      walk(root, root, out)
      return out.sort()
    },
    async inside(work) {
      const previousTmp = process.env.TMPDIR
      const previousCwd = process.cwd()
      process.env.TMPDIR = tmp
      process.chdir(cwd)
      try {
        return await work()
      } finally {
        process.chdir(previousCwd)
        if (previousTmp === undefined) delete process.env.TMPDIR
        else process.env.TMPDIR = previousTmp
      }
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}

/** sha256 of a system file a traversal would aim at, or 'absent': compared before and after. */
export function fingerprint(path: string): string {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex')
  } catch {
    return 'absent'
  }
}

/** The files an escaping name in the hostile archives would overwrite if a parser extracted it. */
export const TRAVERSAL_TARGETS = ['/etc/passwd', '/etc/shadow', '/x', '/sneaky'] as const
