import type { ImageSummary } from '../../../shared/model'
import { shortId } from '../../../shared/lib/bytes'
import { bestTag } from './tag-preference'

/** "sha256:54a0b2beae90…": enough of an ID to recognise, marked as cut. */
export function idText(imageId: string): string {
  return `sha256:${shortId(imageId)}…`
}

/**
 * "python:3.12-slim (sha256:54a0b2beae90…)" or "the untagged image 54a0b2beae90"; with a
 * qualifier: "the local image python:3.12-slim (…)", "the local untagged image 54a0b2beae90".
 */
export function describeImage(summary: Pick<ImageSummary, 'id' | 'tags'>, qualifier: string | null = null): string {
  const tag = bestTag(summary.tags)
  if (tag === null) return `the ${qualifier === null ? '' : `${qualifier} `}untagged image ${shortId(summary.id)}`
  return `${qualifier === null ? '' : `the ${qualifier} image `}${tag} (${idText(summary.id)})`
}

/** "1 layer", "4 layers". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** "a", "a and b", "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`
}

/** The date part of an ISO time, for "built 2026-11-20". */
export function dateText(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null
}
