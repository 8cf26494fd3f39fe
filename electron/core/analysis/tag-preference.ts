import type { ImageSummary } from '../../../shared/model'
import { shortId } from '../../../shared/lib/bytes'
import { parseReference } from '../../../shared/lib/image-reference'
import { classifyPinning, pinningStrength } from '../../../shared/lib/pinning'
import { parseVersionTag } from '../../../shared/lib/version-tag'

interface Specificity {
  strength: number
  versionParts: number
  tagLength: number
}

function specificityOf(reference: string): Specificity {
  const parsed = parseReference(reference)
  const tag = parsed.kind === 'image' ? (parsed.reference.tag ?? '') : ''
  return {
    strength: pinningStrength(classifyPinning(reference).class),
    versionParts: parseVersionTag(tag).numbers.length,
    tagLength: tag.length,
  }
}

/**
 * Negative when `a` names an image more precisely than `b`: "3.12.3-slim" before "3.12-slim"
 * before "3-slim" before "bookworm-slim" before "latest" (the pinning classes), then more version
 * parts, then the longer tag ("3.12.3-slim-bookworm" says more than "3.12.3-slim"), then A–Z.
 */
export function compareTagSpecificity(a: string, b: string): number {
  return compareSpecificity(a, specificityOf(a), b, specificityOf(b))
}

function compareSpecificity(a: string, left: Specificity, b: string, right: Specificity): number {
  return (
    right.strength - left.strength ||
    right.versionParts - left.versionParts ||
    right.tagLength - left.tagLength ||
    (a < b ? -1 : a > b ? 1 : 0)
  )
}

/** Most specific first. Each tag is parsed once, not once per comparison. */
export function sortTagsBySpecificity(tags: readonly string[]): string[] {
  if (tags.length < 2) return [...tags]
  return tags
    .map((tag) => ({ tag, specificity: specificityOf(tag) }))
    .sort((x, y) => compareSpecificity(x.tag, x.specificity, y.tag, y.specificity))
    .map((entry) => entry.tag)
}

/** The tag that names an image best, or null when it has none. */
export function bestTag(tags: readonly string[]): string | null {
  return sortTagsBySpecificity(tags)[0] ?? null
}

/** "python:3.12-slim", or the short ID of an untagged image. */
export function displayName(summary: Pick<ImageSummary, 'id' | 'tags'>): string {
  return bestTag(summary.tags) ?? shortId(summary.id)
}

/**
 * Among images with the same layer chain: a tagged one, then the most specific tag, then the
 * oldest (the one the others were most likely built from or rebuilt after), then by ID.
 */
export function compareImagePreference(a: { summary: ImageSummary }, b: { summary: ImageSummary }): number {
  const tagA = bestTag(a.summary.tags)
  const tagB = bestTag(b.summary.tags)
  if (tagA === null || tagB === null) {
    if (tagA !== tagB) return tagA === null ? 1 : -1
  } else {
    const byTag = compareTagSpecificity(tagA, tagB)
    if (byTag !== 0) return byTag
  }
  return a.summary.createdAt.localeCompare(b.summary.createdAt) || a.summary.id.localeCompare(b.summary.id)
}

/** The preferred image of a non-empty list (see compareImagePreference). */
export function preferredImage<T extends { summary: ImageSummary }>(images: readonly T[]): T {
  const [first, ...rest] = images
  if (first === undefined) throw new Error('preferredImage needs at least one image')
  return rest.reduce((best, image) => (compareImagePreference(image, best) < 0 ? image : best), first)
}
