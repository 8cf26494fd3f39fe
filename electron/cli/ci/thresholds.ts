import { pinningClasses, type PinningClass } from '../../../shared/lib/pinning'
import { parseSize } from './parse-size'

/** What --ci judges; absent: not checked. */
export interface Thresholds {
  maxSizeBytes?: number
  maxOwnSizeBytes?: number
  requirePinnedBase?: boolean
  minPinning?: PinningClass
  forbidFullBase?: boolean
}

/** The names people write, on the command line (--max-size) and in .baseline.yml (max-size). */
export const THRESHOLD_KEYS = ['max-size', 'max-own-size', 'require-pinned-base', 'min-pinning', 'forbid-full-base'] as const
export type ThresholdKey = (typeof THRESHOLD_KEYS)[number]

export type ThresholdResult = { ok: true; thresholds: Thresholds } | { ok: false; error: string }

const isKey = (key: string): key is ThresholdKey => (THRESHOLD_KEYS as readonly string[]).includes(key)

/**
 * One setting, from a flag's text or a YAML value, checked. `where` names its origin in errors
 * ("--max-size", ".baseline.yml: max-size").
 */
export function readThreshold(key: string, value: unknown, where: string): ThresholdResult {
  if (!isKey(key)) return { ok: false, error: `${where}: unknown setting (known: ${THRESHOLD_KEYS.join(', ')})` }
  switch (key) {
    case 'max-size':
    case 'max-own-size': {
      const bytes = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : typeof value === 'string' ? parseSize(value) : null
      if (bytes === null) return { ok: false, error: `${where}: ${String(value)} is not a size (e.g. 200MB, 1.5GB, 512MiB)` }
      return { ok: true, thresholds: key === 'max-size' ? { maxSizeBytes: bytes } : { maxOwnSizeBytes: bytes } }
    }
    case 'min-pinning': {
      if (typeof value !== 'string' || !(pinningClasses as readonly string[]).includes(value)) {
        return { ok: false, error: `${where}: ${String(value)} is not a pinning class (${pinningClasses.join(' > ')})` }
      }
      return { ok: true, thresholds: { minPinning: value as PinningClass } }
    }
    case 'require-pinned-base':
    case 'forbid-full-base': {
      if (typeof value !== 'boolean') return { ok: false, error: `${where}: must be true or false` }
      return { ok: true, thresholds: key === 'require-pinned-base' ? { requirePinnedBase: value } : { forbidFullBase: value } }
    }
  }
}

/** Reads many settings at once, stopping at the first problem. */
export function readThresholds(entries: [key: string, value: unknown, where: string][]): ThresholdResult {
  let thresholds: Thresholds = {}
  for (const [key, value, where] of entries) {
    const one = readThreshold(key, value, where)
    if (!one.ok) return one
    thresholds = { ...thresholds, ...one.thresholds }
  }
  return { ok: true, thresholds }
}

export function hasAnyThreshold(thresholds: Thresholds): boolean {
  return Object.values(thresholds).some((value) => value !== undefined && value !== false)
}
