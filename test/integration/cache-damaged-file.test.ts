import { randomBytes } from 'node:crypto'
import { existsSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImageAnalysis } from '../../shared/model'
import { createCacheHome, withoutTimestamp, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { CACHE_FILE, keptAside, lockCacheFile, readCacheFile } from '../fixtures/analysis/cache-file'
import { fixtureRefs } from '../fixtures/images'
import { noDocker } from './support/daemon'

const REBUILT = /^baseline: warning: The analysis cache was unreadable and has been rebuilt \(old file kept at (\S+)\)\.$/m

/** The first run, on an empty cache: it must answer and leave a sound file behind. */
async function analyseOnce(home: CacheHome): Promise<ImageAnalysis> {
  const result = await home.run(['analyze', fixtureRefs.app, '--json'])
  expect(result.exitCode, result.stderr).toBe(0)
  expect(result.stderr).toBe('')
  expect(readCacheFile(home.dataDir).entries).toBeGreaterThan(0)
  return JSON.parse(result.stdout) as ImageAnalysis
}

/** The run after the damage: same answer, a warning naming where the old file went, a new sound file. */
async function expectRebuilt(home: CacheHome, first: ImageAnalysis): Promise<void> {
  const result = await home.run(['analyze', fixtureRefs.app, '--json'])
  expect(result.exitCode, result.stderr).toBe(0)
  expect(withoutTimestamp(JSON.parse(result.stdout) as ImageAnalysis)).toEqual(withoutTimestamp(first))
  const kept = REBUILT.exec(result.stderr)?.[1] ?? ''
  expect(kept, `stderr: ${result.stderr}`).not.toBe('')
  expect(result.stderr.match(new RegExp(REBUILT.source, 'gm')), 'the warning is said once').toHaveLength(1)
  expect(existsSync(kept), `the damaged file is kept at ${kept}`).toBe(true)
  expect(keptAside(home.dataDir)).toHaveLength(1)
  expect(readCacheFile(home.dataDir)).toMatchObject({ integrity: 'ok', entries: expect.any(Number) })
  expect(readCacheFile(home.dataDir).entries).toBeGreaterThan(0)
  const third = await home.run(['analyze', fixtureRefs.app, '--json'])
  expect(third.exitCode).toBe(0)
  expect(third.stderr, 'the rebuilt cache is used quietly from then on').toBe('')
}

describe.skipIf(noDocker)('`baseline analyze` when its cache file was damaged between two runs', () => {
  let home: CacheHome
  afterEach(() => home?.remove())

  it('overwritten with garbage bytes: answers the same, warns that it rebuilt the cache', async () => {
    home = createCacheHome()
    const first = await analyseOnce(home)
    writeFileSync(join(home.dataDir, CACHE_FILE), randomBytes(64 * 1024))
    await expectRebuilt(home, first)
  })

  it('truncated to half its size: answers the same and rebuilds the cache', async () => {
    home = createCacheHome()
    const first = await analyseOnce(home)
    const path = join(home.dataDir, CACHE_FILE)
    truncateSync(path, Math.floor(statSync(path).size / 2))
    await expectRebuilt(home, first)
  })

  it('locked by another process in the middle of a write: answers the same after the busy timeout, and keeps the file', async () => {
    home = createCacheHome()
    const first = await analyseOnce(home)
    const lock = lockCacheFile(home.dataDir)
    try {
      const result = await home.run(['analyze', fixtureRefs.app, '--json'])
      expect(result.exitCode, result.stderr).toBe(0)
      expect(withoutTimestamp(JSON.parse(result.stdout) as ImageAnalysis)).toEqual(withoutTimestamp(first))
      expect(result.stderr).toContain('baseline: warning: Analyses are not cached this session: another process holds a lock')
      expect(keptAside(home.dataDir), 'a locked file is not damaged: it stays where it is').toEqual([])
    } finally {
      lock.release()
    }
    expect(readCacheFile(home.dataDir).integrity).toBe('ok')
  })
})
