import { writeAtomically } from '../files/write-atomically'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ApiError } from '../../../shared/contract'
import type { Settings } from '../../../shared/model'
import { applySettingsPatch, defaultSettings, settingsFromJson } from './validate-settings'

export const SETTINGS_FILE = 'settings.json'

export interface SettingsStore {
  /** The current settings; read from disk on first use, then kept in memory. */
  get(): Settings
  /** Validates, writes atomically, and resolves with the settings now in force. */
  update(patch: Partial<Settings>): Promise<Settings>
  /** Where the last report went (report.export): not something the renderer may set. */
  rememberReportFolder(folder: string): Promise<Settings>
  /** Resolves once every write asked for so far has reached the disk. */
  flush(): Promise<void>
}

export interface SettingsStoreDeps {
  dataDir: string
  /** Told once when the file exists but cannot be used; the store then runs on defaults. */
  warn?: (message: string) => void
}

export function createSettingsStore(deps: SettingsStoreDeps): SettingsStore {
  const path = join(deps.dataDir, SETTINGS_FILE)
  const warn = deps.warn ?? ((message: string) => console.warn(`[baseline] ${message}`))
  let current: Settings | null = null
  let writes: Promise<void> = Promise.resolve()

  const get = (): Settings => {
    current ??= readSettings(path, warn)
    return { ...current }
  }

  // Updates run one after another, each on the result of the last, so none is lost or reordered;
  // memory changes only once the file has.
  const save = (change: (settings: Settings) => Settings): Promise<Settings> => {
    const update = writes.then(async () => {
      const next = change(get())
      await writeAtomically(path, `${JSON.stringify(next, null, 2)}\n`).catch((error: Error) => {
        throw new ApiError('INTERNAL', `could not save settings to ${path}: ${error.message}`)
      })
      current = next
      return { ...next }
    })
    writes = update.then(() => undefined, () => undefined)
    return update
  }

  return {
    get,
    update: (patch) => save((settings) => applySettingsPatch(settings, patch)),
    rememberReportFolder: (folder) => save((settings) => ({ ...settings, lastReportFolder: folder })),
    flush: () => writes,
  }
}

/**
 * Read synchronously: the file is tiny and the engine asks for the endpoint from a synchronous
 * getter. A missing file is the first run; an unreadable one is reported, never fatal.
 */
function readSettings(path: string, warn: (message: string) => void): Settings {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      warn(`could not read ${path} (${(error as Error).message}); using default settings`)
    }
    return { ...defaultSettings }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    warn(`${path} is not valid JSON; using default settings`)
    return { ...defaultSettings }
  }
  const { settings, problems } = settingsFromJson(parsed)
  if (problems.length > 0) warn(`${path}: ${problems.join('; ')}; using the default for those`)
  return settings
}

