import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppNotice, ImageAnalysis } from '../../shared/model'
import { CACHE_FILE, readCacheFile } from '../fixtures/analysis/cache-file'
import { fixtureRefs } from '../fixtures/images'
import { createCore } from './support/core'
import { noDocker } from './support/daemon'

const sha256 = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex')

/**
 * Fault injected through the cache's one loading seam (ServicesDeps.loadSqlite, which main leaves
 * at its default): a real ABI mismatch cannot be produced on demand on this machine, so the loader
 * throws the error Electron gives for a better-sqlite3 built for Node's ABI instead of Electron's.
 */
const failingLoader = () => {
  throw Object.assign(new Error("The module '/app/node_modules/better-sqlite3/build/Release/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 115."), { code: 'ERR_DLOPEN_FAILED' })
}

describe.skipIf(noDocker)('the core when the SQLite module cannot be loaded', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'baseline-module-failure-'))
  const cacheFile = join(dataDir, CACHE_FILE)
  let hashBefore = ''
  let earlierAnalysis: ImageAnalysis

  beforeAll(async () => {
    // A healthy cache from an earlier session, as a person upgrading the app would have.
    const earlier = createCore(process.env, { dataDir })
    earlierAnalysis = await earlier.services.handlers['images.analyze']({ reference: fixtureRefs.app })
    await earlier.services.dispose()
    expect(readCacheFile(dataDir).entries).toBeGreaterThan(0)
    hashBefore = sha256(cacheFile)
  })
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('still analyses, tells the person once, and leaves the cache file with its name and bytes', async () => {
    const core = createCore(process.env, { dataDir, loadSqlite: failingLoader })
    try {
      const first = await core.services.handlers['images.analyze']({ reference: fixtureRefs.app })
      const again = await core.services.handlers['images.analyze']({ reference: fixtureRefs.app })
      // The same answer as the session that had its cache: base, layers, pinning.
      expect({ ...first, analyzedAt: '' }).toEqual({ ...earlierAnalysis, analyzedAt: '' })
      expect(again.id).toBe(first.id)
      const notices = core.events.filter((entry) => entry.event === 'app.notice').map((entry) => (entry.payload as AppNotice).message)
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatch(/^Analyses are not cached this session: the SQLite module could not be loaded \(.*NODE_MODULE_VERSION 115.*\)\./)
      expect((await core.services.handlers['app.notices']({})).notices.map((notice) => notice.message)).toEqual(notices)
    } finally {
      await core.services.dispose()
    }
    console.log(`[cache-module-failure] ${CACHE_FILE} sha256 before ${hashBefore.slice(0, 16)}…, after ${sha256(cacheFile).slice(0, 16)}…`)
    expect(sha256(cacheFile)).toBe(hashBefore)
    expect(readdirSync(dataDir).filter((name) => name.includes('.corrupt-'))).toEqual([])
  })
})
