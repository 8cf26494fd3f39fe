import type { ImageSummary } from '../../../shared/model'
import { parseReference } from '../../../shared/lib/image-reference'
import { compareTagSpecificity } from '../analysis/tag-preference'
import { parseTag, type TagAnatomy } from '../catalog/tag-anatomy'

/** A tag whose smaller local siblings are worth showing: the image itself, or its base. */
export interface Anchor {
  reference: string
  /** Measured size of the anchor; deltas of its siblings are against it. */
  sizeBytes: number | null
  imageId: string | null
  role: 'image' | 'base'
}

/** Another local image of the same repository, a slimmer variant of the same version. */
export interface LocalSibling {
  image: ImageSummary
  reference: string
  tag: TagAnatomy
  anchor: Anchor
}

// Further along means slimmer: full -> slim -> alpine -> alpine-slim; jdk -> jre.
const RANK: Readonly<Record<string, number>> = {
  full: 0, jdk: 0, slim: 1, jre: 1, 'jdk-alpine': 1, alpine: 2, musl: 2, 'jre-alpine': 2, 'alpine-slim': 3,
}

interface Named {
  repository: string
  tag: TagAnatomy
}

function named(reference: string): Named | null {
  const parsed = parseReference(reference)
  if (parsed.kind !== 'image' || parsed.reference.digest !== null) return null
  return { repository: `${parsed.reference.domain}/${parsed.reference.path}`, tag: parseTag(parsed.reference.tag) }
}

/**
 * app:1.2 -> app:1.2-slim, app:1.2-alpine; python:3.12-slim -> python:3.12-alpine; myapp:prod ->
 * myapp:prod-slim. Same repository, same version, same other markers; the sibling only slimmer.
 * A release name may be added (1.2 -> 1.2-slim-bookworm) but not changed (bookworm -> trixie-slim).
 */
function isSlimmerSibling(anchor: Named, other: Named): boolean {
  if (anchor.repository !== other.repository) return false
  const a = anchor.tag
  const b = other.tag
  const javaSwap = (a.flavour === 'jdk' && b.flavour === 'jre') || a.flavour === b.flavour
  return (
    a.version === b.version &&
    javaSwap &&
    (a.codename === null || a.codename === b.codename) &&
    a.others.join('-') === b.others.join('-') &&
    (RANK[b.variant] ?? 0) > (RANK[a.variant] ?? 0)
  )
}

/** Every local sibling of each anchor, one per image (under its most specific matching tag). */
export function findLocalSiblings(anchors: readonly Anchor[], localImages: readonly ImageSummary[]): LocalSibling[] {
  const found: LocalSibling[] = []
  const seen = new Set<string>()
  for (const anchor of anchors) {
    const anchorName = named(anchor.reference)
    if (anchorName === null) continue
    for (const image of localImages) {
      if (image.id === anchor.imageId || seen.has(image.id)) continue
      const matching = image.tags
        .map((reference) => ({ reference, name: named(reference) }))
        .filter((item): item is { reference: string; name: Named } => item.name !== null && isSlimmerSibling(anchorName, item.name))
        .sort((a, b) => compareTagSpecificity(a.reference, b.reference))
      const best = matching[0]
      if (best === undefined) continue
      seen.add(image.id)
      found.push({ image, reference: best.reference, tag: best.name.tag, anchor })
    }
  }
  return found
}
