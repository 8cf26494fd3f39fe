import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRecentFiles, MAX_RECENT_DOCKERFILES, RECENT_DOCKERFILES_FILE } from './recent-files'

let dir: string
let warnings: string[]
const open = () => createRecentFiles({ dataDir: dir, warn: (message) => void warnings.push(message) })

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-recent-'))
  warnings = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('recent Dockerfiles', () => {
  it('starts empty without a file, and without a warning', async () => {
    expect(await open().list()).toEqual([])
    expect(warnings).toEqual([])
  })

  it('keeps the newest first, once per path, and survives a restart', async () => {
    const recent = open()
    await recent.add('/a/Dockerfile', new Date('2024-01-01T00:00:00Z'))
    await recent.add('/b/Dockerfile.prod', new Date('2024-01-02T00:00:00Z'))
    await recent.add('/a/Dockerfile', new Date('2024-01-03T00:00:00Z'))
    const expected = [
      { path: '/a/Dockerfile', name: 'Dockerfile', openedAt: '2024-01-03T00:00:00.000Z' },
      { path: '/b/Dockerfile.prod', name: 'Dockerfile.prod', openedAt: '2024-01-02T00:00:00.000Z' },
    ]
    expect(await recent.list()).toEqual(expected)
    expect(await open().list()).toEqual(expected)
    expect(readdirSync(dir)).toEqual([RECENT_DOCKERFILES_FILE])
  })

  it(`keeps at most ${MAX_RECENT_DOCKERFILES}, dropping the oldest`, async () => {
    const recent = open()
    await Promise.all(Array.from({ length: 12 }, (_, i) => recent.add(`/p/${i}/Dockerfile`)))
    const paths = (await recent.list()).map((entry) => entry.path)
    expect(paths).toHaveLength(MAX_RECENT_DOCKERFILES)
    expect(paths[0]).toBe('/p/11/Dockerfile')
    expect(paths).not.toContain('/p/0/Dockerfile')
    expect(await recent.has('/p/11/Dockerfile')).toBe(true)
    expect(await recent.has('/p/1/Dockerfile')).toBe(false)
  })

  it.each([['not json {'], ['{"files": 3}'], ['[]']])('starts empty with one warning when the file is damaged: %s', async (text) => {
    writeFileSync(join(dir, RECENT_DOCKERFILES_FILE), text)
    const recent = open()
    expect(await recent.list()).toEqual([])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(RECENT_DOCKERFILES_FILE)
    await recent.add('/x/Dockerfile')
    expect(JSON.parse(readFileSync(join(dir, RECENT_DOCKERFILES_FILE), 'utf8')).files).toHaveLength(1)
  })

  it('drops malformed and duplicate entries of an otherwise good file', async () => {
    const good = { path: '/a/Dockerfile', name: 'Dockerfile', openedAt: '2024-01-01T00:00:00.000Z' }
    writeFileSync(join(dir, RECENT_DOCKERFILES_FILE), JSON.stringify({ files: [good, { path: 3 }, good, null] }))
    expect(await open().list()).toEqual([good])
  })
})
