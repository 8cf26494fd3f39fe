import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImageAnalysis, ImageList, Lineage } from '../../shared/model'
import { createCacheHome, withoutTimestamp, type CacheHome } from '../fixtures/analysis/analysis-cli'
import { fixtureRefs } from '../fixtures/images'
import { noDocker } from './support/daemon'

const IN_MEMORY = /^baseline: warning: The analysis cache folder .* cannot be written \(.*\); using an in-memory cache for this session\.$/m

/**
 * Root ignores permission bits, so "cannot be written" is made the way it happens to anyone: the
 * cache folder's parent is a regular file. Settings and the layer-count memo live in the same
 * folder and fail with it.
 */
describe.skipIf(noDocker)('the CLI when its cache folder cannot be created', () => {
  let scratch: string
  let blocked: CacheHome
  let sound: CacheHome

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), 'baseline-unwritable-'))
    writeFileSync(join(scratch, 'a-file'), 'not a folder\n')
    blocked = createCacheHome(join(scratch, 'a-file', 'cache'))
    sound = createCacheHome()
  })
  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true })
    sound.remove()
  })

  it('`analyze --json` answers as with a working cache, warning about the in-memory cache', async () => {
    const result = await blocked.run(['analyze', fixtureRefs.app, '--json'])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toMatch(IN_MEMORY)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    const expected = await sound.analyze(fixtureRefs.app)
    expect(withoutTimestamp(JSON.parse(result.stdout) as ImageAnalysis)).toEqual(withoutTimestamp(expected))
  })

  it('`analyze --all --json`, `lineage --json` and `images --json` answer too', async () => {
    const all = await blocked.run(['analyze', '--all', '--json'])
    expect(all.exitCode, all.stderr).toBe(0)
    expect(all.stderr).toMatch(IN_MEMORY)
    expect((JSON.parse(all.stdout) as ImageAnalysis[]).map((analysis) => analysis.tags)).toContainEqual(expect.arrayContaining([fixtureRefs.app]))
    const lineage = await blocked.run(['lineage', '--json'])
    expect(lineage.exitCode, lineage.stderr).toBe(0)
    expect((JSON.parse(lineage.stdout) as Lineage).imageCount).toBeGreaterThan(0)
    const images = await blocked.run(['images', '--json'])
    expect(images.exitCode, images.stderr).toBe(0)
    expect((JSON.parse(images.stdout) as ImageList).images.some((image) => image.tags.includes(fixtureRefs.app))).toBe(true)
  })
})

describe.skipIf(noDocker)('the CLI when the settings file and an old layer-count file beside its cache are garbage', () => {
  let home: CacheHome
  afterEach(() => home?.remove())

  it('answers, says it fell back to the default settings, and removes the old layer-count file', async () => {
    home = createCacheHome()
    mkdirSync(home.dataDir, { recursive: true })
    writeFileSync(join(home.dataDir, 'settings.json'), '{ not json')
    writeFileSync(join(home.dataDir, 'layer-counts.json'), Buffer.from([0, 159, 146, 150, 255]))
    const result = await home.run(['analyze', fixtureRefs.app, '--json'])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(result.stderr).toContain('settings.json is not valid JSON; using default settings')
    expect((JSON.parse(result.stdout) as ImageAnalysis).tags).toContain(fixtureRefs.app)
    // Layer counts live with the other per-image facts in the cache now; the memo file is gone.
    expect(existsSync(join(home.dataDir, 'layer-counts.json'))).toBe(false)
  })
})
