/**
 * Docker tags carry a version and a compatibility suffix: "3.12.3-slim-bookworm" is version
 * "3.12.3" with suffix "slim-bookworm". Like Renovate, we compare the numeric version before the
 * first "-" and treat the suffix as a marker, never as part of the version (semver.coerce
 * mis-orders "3.12.3-slim").
 */
export interface VersionTag {
  /** Numeric parts of the leading version: "3.12.3" -> [3, 12, 3]; [] when the tag has none. */
  numbers: number[]
  /** The version as written: "22.04" (numbers alone would lose the zero). */
  text: string
  /** The text after the version: "slim-bookworm", "alpine3.24", "" . */
  suffix: string
  /** Pre-release marker glued to the version: "rc1" in "3.13.0rc1". */
  prerelease: string | null
}

const LEADING_VERSION = /^v?(\d+(?:\.\d+)*)([a-z]+\d*)?(?:[_+]\d+)?(?:-(.*))?$/

export function parseVersionTag(tag: string): VersionTag {
  const match = LEADING_VERSION.exec(tag)
  if (!match) return { numbers: [], text: '', suffix: tag, prerelease: null }
  return {
    numbers: (match[1] ?? '').split('.').map(Number),
    text: match[1] ?? '',
    prerelease: match[2] ?? null,
    suffix: match[3] ?? '',
  }
}

/** Negative when a is older. Versions without numbers sort first. */
export function compareVersionTags(a: string, b: string): number {
  const left = parseVersionTag(a).numbers
  const right = parseVersionTag(b).numbers
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? -1) - (right[index] ?? -1)
    if (difference !== 0) return difference
  }
  return 0
}
