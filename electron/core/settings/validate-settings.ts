import { ApiError } from '../../../shared/contract'
import type { Settings } from '../../../shared/model'

export const defaultSettings: Readonly<Settings> = Object.freeze({ engineEndpoint: null, lastReportFolder: null })

// The schemes the Docker CLI accepts in DOCKER_HOST (plus http/https, which it treats as tcp).
const ENDPOINT = /^(?:unix|tcp|ssh|npipe|http|https):\/\/\S+$/

/** Why an endpoint cannot be used, or null when it can. */
export function endpointProblem(value: string): string | null {
  return ENDPOINT.test(value)
    ? null
    : `"${value}" is not an engine address: use unix:///path, tcp://host:port, ssh://user@host or npipe:////./pipe/name`
}

/**
 * Reads whatever JSON the file held into Settings: known fields with the right type are kept,
 * anything else falls back to its default. Returns the problems found, for one warning.
 */
export function settingsFromJson(value: unknown): { settings: Settings; problems: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: { ...defaultSettings }, problems: ['the file does not hold an object'] }
  }
  const body = value as Record<string, unknown>
  const problems: string[] = []
  let engineEndpoint = defaultSettings.engineEndpoint
  const endpoint = body.engineEndpoint
  if (typeof endpoint === 'string' && endpointProblem(endpoint) === null) {
    engineEndpoint = endpoint
  } else if (endpoint !== undefined && endpoint !== null) {
    problems.push('engineEndpoint is not an engine address')
  }
  const folder = body.lastReportFolder
  const lastReportFolder = typeof folder === 'string' && folder !== '' ? folder : defaultSettings.lastReportFolder
  if (folder !== undefined && folder !== null && lastReportFolder === null) problems.push('lastReportFolder is not a folder path')
  return { settings: { engineEndpoint, lastReportFolder }, problems }
}

/** A change asked for through settings.update, checked before it is written. */
export function applySettingsPatch(current: Settings, patch: Partial<Settings>): Settings {
  const next: Settings = { ...current }
  if ('engineEndpoint' in patch) {
    const endpoint = patch.engineEndpoint ?? null
    const problem = endpoint === null ? null : endpointProblem(endpoint)
    if (problem !== null) throw new ApiError('INVALID_INPUT', problem)
    next.engineEndpoint = endpoint
  }
  return next
}
