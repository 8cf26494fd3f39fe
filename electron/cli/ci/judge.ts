import type { ComparedImage } from '../../../shared/model'
import { pinningStrength, type PinningClass, type PinningVerdict } from '../../../shared/lib/pinning'
import { formatBytes } from '../../../shared/lib/bytes'
import type { Catalog } from '../../core/catalog/catalog'
import { fullBaseOf } from './full-base'
import type { Thresholds } from './thresholds'

export interface Failure {
  image: string
  check: string
  value: string
  limit: string
}


/** Every failed check of every image, in image order; empty when all pass. */
export function judge(images: readonly ComparedImage[], thresholds: Thresholds, catalog: Catalog): Failure[] {
  return images.flatMap((image) => judgeImage(image, thresholds, catalog))
}

function judgeImage(image: ComparedImage, thresholds: Thresholds, catalog: Catalog): Failure[] {
  const failures: Failure[] = []
  const fail = (check: string, value: string, limit: string) => failures.push({ image: image.reference, check, value, limit })
  const { maxSizeBytes, maxOwnSizeBytes, minPinning } = thresholds
  // A catalogue column with only a compressed size has no on-disk figure to hold to the limit.
  if (maxSizeBytes !== undefined && image.sizeBytes !== null && image.sizeBytes > maxSizeBytes) {
    fail('max-size', formatBytes(image.sizeBytes), formatBytes(maxSizeBytes))
  }
  if (maxOwnSizeBytes !== undefined && image.ownSizeBytes > maxOwnSizeBytes) {
    fail('max-own-size', formatBytes(image.ownSizeBytes), formatBytes(maxOwnSizeBytes))
  }
  // scratch has nothing to pin: it passes every pinning check.
  const pinning = image.pinning.class
  // Pinned means held to a version line at least: digest, exact, minor or major.
  if (thresholds.requirePinnedBase && pinning !== 'not-applicable' && !atLeast(pinning, 'major')) {
    fail('require-pinned-base', pinningValue(image), 'a base pinned to a version or digest')
  }
  if (minPinning !== undefined && pinning !== 'not-applicable' && !atLeast(pinning, minPinning)) {
    fail('min-pinning', pinningValue(image), `${minPinning} or stronger`)
  }
  if (thresholds.forbidFullBase) {
    const full = fullBaseOf(image, catalog)
    if (full) fail('forbid-full-base', `${full.base} (full)`, `a smaller variant, e.g. ${full.smaller.join(', ')}`)
  }
  return failures
}

/** Digest > exact > minor > major > floating-named > latest > none; anything else (unknown) is weakest. */
function atLeast(actual: PinningVerdict, minimum: PinningClass): boolean {
  return pinningStrength(actual) >= pinningStrength(minimum)
}

function pinningValue(image: ComparedImage): string {
  return image.base.reference ? `${image.pinning.class} (${image.base.reference})` : image.pinning.class
}

/** "app:1.0: max-size: 6 MB is over the limit of 5 MB" — one line a CI log reader can act on. */
export function failureLine(failure: Failure): string {
  return `FAIL ${failure.image}: ${failure.check}: ${failure.value} (limit: ${failure.limit})`
}
