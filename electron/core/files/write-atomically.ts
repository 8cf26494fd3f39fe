import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Temp file beside the target, then rename: a crash leaves the old file or the new one, never half
 * of either. Readable by the owner only by default (settings and recent paths are nobody else's
 * business); a report the user exports passes the usual 0o644.
 */
export async function writeAtomically(path: string, text: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(temp, text, typeof text === 'string' ? { encoding: 'utf8', mode } : { mode })
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
