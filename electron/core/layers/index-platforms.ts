import { platformMatches, platformName } from '../../../shared/lib/platform'
import type { ScanPlatform } from '../../../shared/model'

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const stringOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** Manifests an index may list; more is not an image index but something crafted. */
const MAX_MANIFESTS = 256

/** One image manifest an OCI index lists for a platform. */
export interface PlatformManifest {
  /** "linux/amd64", "linux/arm64/v8". */
  platform: string
  digest: string
}

/** "os/architecture[/variant]" of a descriptor, or null for attestations (BuildKit's unknown/unknown). */
export function platformOf(descriptor: Record<string, unknown>): string | null {
  const annotations = isObject(descriptor.annotations) ? descriptor.annotations : {}
  if (annotations['vnd.docker.reference.type'] === 'attestation-manifest') return null
  const platform = isObject(descriptor.platform) ? descriptor.platform : null
  const os = stringOf(platform?.os)
  const architecture = stringOf(platform?.architecture)
  if (os === null || architecture === null || (os === 'unknown' && architecture === 'unknown')) return null
  return platformName(os, architecture, stringOf(platform?.variant))
}

/** The per-platform image manifests an index lists, attestations left out, in the index's order. */
export function platformManifests(index: Record<string, unknown>): PlatformManifest[] {
  const listed = Array.isArray(index.manifests) ? index.manifests.slice(0, MAX_MANIFESTS).filter(isObject) : []
  return listed.flatMap((descriptor) => {
    const platform = platformOf(descriptor)
    const digest = stringOf(descriptor.digest)
    return platform !== null && digest !== null ? [{ platform, digest }] : []
  })
}

/**
 * Which platform to read: the one asked for, else the engine's own, else the first the export
 * holds. Null when none of the listed platforms is held.
 */
export function choosePlatform(listed: readonly ScanPlatform[], wanted: string | null): ScanPlatform | null {
  const present = listed.filter((entry) => entry.isPresent)
  const matches = (entry: ScanPlatform): boolean => wanted !== null && platformMatches(entry.platform, wanted)
  return present.find(matches) ?? (wanted === null ? present[0] ?? null : null)
}

/** What a person must be told about the platforms this machine does not hold. */
export function absentPlatformsWarning(platforms: readonly ScanPlatform[], scanned: string | null): string | null {
  const absent = platforms.filter((entry) => !entry.isPresent).map((entry) => entry.platform)
  if (absent.length === 0) return null
  const which = absent.join(', ')
  return `This image lists ${platforms.length} platforms; ${which} ${absent.length === 1 ? 'is' : 'are'} not on this machine` +
    `${scanned ? `, so only ${scanned} was scanned` : ''}.`
}
