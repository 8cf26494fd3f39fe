import { load, YAMLException } from 'js-yaml'
import { readThresholds, type ThresholdResult } from './thresholds'

export const CONFIG_FILE = '.baseline.yml'

/**
 * A .baseline.yml: a mapping of the same settings as the flags (max-size: 200MB …). Anything
 * else — a typo'd key, a list, bad YAML — is a usage error naming it, never silently ignored.
 */
export function parseCiConfig(text: string, fileName: string): ThresholdResult {
  let document: unknown
  try {
    document = load(text, { filename: fileName })
  } catch (error) {
    const reason = error instanceof YAMLException ? error.reason : String(error)
    return { ok: false, error: `${fileName} is not valid YAML: ${reason}` }
  }
  if (document === undefined || document === null) return { ok: true, thresholds: {} }
  if (typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, error: `${fileName} must be a mapping of settings (e.g. max-size: 200MB)` }
  }
  return readThresholds(Object.entries(document).map(([key, value]) => [key, value, `${fileName}: ${key}`]))
}
