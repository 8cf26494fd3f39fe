import type { BaseDetection, BaseLevel, ImageDetail } from '../../../shared/model'
import { shortId } from '../../../shared/lib/bytes'
import { subjectOf, type BaseSubject } from './base-subject'
import type { Catalog } from '../catalog/catalog'
import { detectBaseOf } from './detect-base'
import { asLocalIndex, type LocalImage, type LocalIndex } from './local-images'

/** Deeper ancestries than this are not real images; the walk stops there. */
export const MAX_HIERARCHY_DEPTH = 32

/**
 * Base detection applied to the base, then to its base …: app -> python:3.12-slim ->
 * debian:trixie-slim. Each step looks at a strictly shorter chain or history, so the walk ends;
 * the seen-ID set and the depth cap guard against a malformed engine answer all the same.
 */
export function detectHierarchy(target: ImageDetail, local: LocalIndex | readonly LocalImage[], catalog: Catalog): BaseDetection {
  const index = asLocalIndex(local)
  const seen = new Set<string>([target.summary.id])
  const levels: BaseLevel[] = []
  let subject: BaseSubject | null = subjectOf(target)
  let nearest: BaseLevel | null = null
  while (subject !== null && levels.length < MAX_HIERARCHY_DEPTH) {
    const { level, next }: { level: BaseLevel; next: BaseSubject | null } = detectBaseOf(subject, index, catalog)
    nearest ??= level
    if (level.method === 'none' || (level.imageId !== null && seen.has(level.imageId))) break
    if (level.imageId !== null) seen.add(level.imageId)
    levels.push(level)
    subject = next !== null && shrinks(next, subject) ? next : null
  }
  const first = levels[0] ?? nearest
  if (first === null) throw new Error('base detection returned no level')
  return { ...first, hierarchy: levels.map(levelName), levels }
}

function shrinks(next: BaseSubject, current: BaseSubject): boolean {
  return next.diffIds.length < current.diffIds.length || next.history.length < current.history.length
}

/** How a level appears in the breadcrumb: its tag, or the short ID of an untagged image. */
export function levelName(level: BaseLevel): string {
  if (level.reference !== null) return level.reference
  return level.imageId === null ? 'unknown' : shortId(level.imageId)
}
