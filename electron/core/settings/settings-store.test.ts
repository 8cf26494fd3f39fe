import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSettingsStore, SETTINGS_FILE } from './settings-store'

let dir: string
let warnings: string[]

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-settings-'))
  warnings = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const store = (dataDir = dir) => createSettingsStore({ dataDir, warn: (message) => warnings.push(message) })
const fileText = () => readFileSync(join(dir, SETTINGS_FILE), 'utf8')

describe('settings store', () => {
  it('starts from defaults without a file, silently, and writes nothing until asked', () => {
    expect(store().get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
    expect(warnings).toEqual([])
    expect(readdirSync(dir)).toEqual([])
  })

  it('saves an update and a new store reads it back', async () => {
    const first = store()
    expect(await first.update({ engineEndpoint: 'tcp://10.0.0.5:2375' })).toEqual({ engineEndpoint: 'tcp://10.0.0.5:2375', lastReportFolder: null })
    expect(JSON.parse(fileText())).toEqual({ engineEndpoint: 'tcp://10.0.0.5:2375', lastReportFolder: null })
    expect(store().get()).toEqual({ engineEndpoint: 'tcp://10.0.0.5:2375', lastReportFolder: null })
  })

  it('creates the data folder when it does not exist yet', async () => {
    const nested = join(dir, 'a', 'b')
    await store(nested).update({ engineEndpoint: 'unix:///run/user/1000/podman/podman.sock' })
    expect(readdirSync(nested)).toEqual([SETTINGS_FILE])
  })

  it('leaves no temporary file behind', async () => {
    const settings = store()
    await Promise.all([
      settings.update({ engineEndpoint: 'tcp://a:1' }),
      settings.update({ engineEndpoint: 'tcp://b:2' }),
      settings.update({ engineEndpoint: null }),
    ])
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE])
    expect(JSON.parse(fileText())).toEqual({ engineEndpoint: null, lastReportFolder: null })
  })

  it('applies concurrent updates in the order they were asked', async () => {
    const settings = store()
    const results = await Promise.all([
      settings.update({ engineEndpoint: 'tcp://a:1' }),
      settings.update({ engineEndpoint: 'tcp://b:2' }),
    ])
    expect(results.map((result) => result.engineEndpoint)).toEqual(['tcp://a:1', 'tcp://b:2'])
    expect(store().get()).toEqual({ engineEndpoint: 'tcp://b:2', lastReportFolder: null })
  })

  it('rejects an address that is not an engine URL and keeps the old value', async () => {
    const settings = store()
    await settings.update({ engineEndpoint: 'unix:///var/run/docker.sock' })
    await expect(settings.update({ engineEndpoint: 'localhost:2375' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect(settings.get()).toEqual({ engineEndpoint: 'unix:///var/run/docker.sock', lastReportFolder: null })
  })

  it('leaves untouched what a patch does not name', async () => {
    const settings = store()
    await settings.update({ engineEndpoint: 'ssh://me@build-box' })
    expect(await settings.update({})).toEqual({ engineEndpoint: 'ssh://me@build-box', lastReportFolder: null })
  })

  it('survives a corrupt file: defaults and one warning, then a good write replaces it', async () => {
    writeFileSync(join(dir, SETTINGS_FILE), '{"engineEndpoint": "tcp://x:1"')
    const settings = store()
    expect(settings.get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
    expect(settings.get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/not valid JSON/)
    await settings.update({ engineEndpoint: 'tcp://x:1' })
    expect(JSON.parse(fileText())).toEqual({ engineEndpoint: 'tcp://x:1', lastReportFolder: null })
  })

  it('drops fields of the wrong type or unknown, with a warning', () => {
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ engineEndpoint: 42, theme: 'dark' }))
    expect(store().get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
    expect(warnings[0]).toMatch(/engineEndpoint/)
  })

  it('treats a file that holds no object as corrupt', () => {
    writeFileSync(join(dir, SETTINGS_FILE), '[1, 2]')
    expect(store().get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
    expect(warnings).toHaveLength(1)
  })

  it('hands out copies, so a caller cannot change the settings behind its back', () => {
    const settings = store()
    const copy = settings.get()
    copy.engineEndpoint = 'tcp://sneaky:1'
    expect(settings.get().engineEndpoint).toBeNull()
  })

  it('reports a write that cannot happen as an error, keeping the settings in memory as they were', async () => {
    writeFileSync(join(dir, 'blocker'), 'a file where the folder should be')
    const settings = store(join(dir, 'blocker'))
    await expect(settings.update({ engineEndpoint: 'tcp://a:1' })).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(settings.get()).toEqual({ engineEndpoint: null, lastReportFolder: null })
  })

  it('remembers the last report folder across stores, beside the endpoint', async () => {
    const settings = store()
    await settings.update({ engineEndpoint: 'tcp://a:1' })
    expect(await settings.rememberReportFolder('/home/me/reports')).toEqual({ engineEndpoint: 'tcp://a:1', lastReportFolder: '/home/me/reports' })
    expect(store().get()).toEqual({ engineEndpoint: 'tcp://a:1', lastReportFolder: '/home/me/reports' })
  })

  it('ignores a report folder passed to update: the renderer cannot choose where files go', async () => {
    const settings = store()
    const patch = { lastReportFolder: '/etc' } as Partial<{ engineEndpoint: string | null; lastReportFolder: string | null }>
    expect(await settings.update(patch)).toEqual({ engineEndpoint: null, lastReportFolder: null })
  })
})
