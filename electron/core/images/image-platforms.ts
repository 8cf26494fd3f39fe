import { ApiError } from '../../../shared/contract'
import { platformMatches, platformName } from '../../../shared/lib/platform'
import type { ImagePlatform } from '../../../shared/model'
import type { EngineManifestSummary } from '../engine/engine-api-types'

/** An index that lists more is something crafted, not an image. */
const MAX_PLATFORMS = 256

/** The platforms GET /images/json?manifests=1 (API 1.47+) lists for one image; empty for one platform. */
export function platformsFromManifests(manifests: readonly EngineManifestSummary[] | null | undefined): ImagePlatform[] {
  const images = (manifests ?? []).slice(0, MAX_PLATFORMS).flatMap((manifest) => {
    const platform = manifest.Kind === 'image' ? manifest.ImageData?.Platform : undefined
    if (!platform?.os || !platform.architecture) return []
    return [{ platform: platformName(platform.os, platform.architecture, platform.variant), isPresent: manifest.Available === true }]
  })
  return images.length > 1 ? images : []
}

/**
 * The platform a request means: the one it names, else the engine's own, else the first one this
 * machine holds. Null for an image of one platform (keyed by its ID alone). A platform the index
 * lists but this machine never pulled is refused in plain words, as is one the index does not list.
 */
export function choosePlatform(reference: string, platforms: readonly ImagePlatform[], requested: string | null, enginePlatform: string): string | null {
  if (platforms.length === 0) return null
  const present = platforms.filter((entry) => entry.isPresent)
  if (requested === null) {
    const chosen = present.find((entry) => platformMatches(entry.platform, enginePlatform)) ?? present[0]
    if (chosen) return chosen.platform
    throw new ApiError('INVALID_INPUT', `None of the platforms ${reference} lists is on this machine (${listOf(platforms)}).`)
  }
  const found = platforms.find((entry) => entry.platform === requested) ?? platforms.find((entry) => platformMatches(entry.platform, requested))
  if (!found) throw new ApiError('INVALID_INPUT', `${reference} has no ${requested}: it lists ${listOf(platforms)}.`)
  if (!found.isPresent) {
    throw new ApiError('INVALID_INPUT', `${found.platform} of ${reference} is not on this machine: its index lists it, but only ${listOf(present) || 'no platform'} was pulled here.`)
  }
  return found.platform
}

function listOf(platforms: readonly ImagePlatform[]): string {
  return platforms.map((entry) => entry.platform).join(', ')
}
