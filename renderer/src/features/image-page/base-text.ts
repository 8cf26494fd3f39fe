import type { BaseLevel, BaseMethod, ImageAnalysis, PinningSummary } from '../../../../shared/model'
import { shortId } from '../../../../shared/lib/bytes'

/** How a base was found, in the words the page uses; "none" is said plainly. */
export function methodWords(method: BaseMethod): string {
  switch (method) {
    case 'label':
      return 'OCI labels'
    case 'layer-chain':
      return 'layer chain'
    case 'history':
      return 'history fingerprint'
    case 'none':
      return 'no base found'
  }
}

export function confidenceText(confidence: number): string {
  return `${Math.round(Math.max(0, Math.min(1, confidence)) * 100)}%`
}

/** Strength of a pinning class, for its colour: digest and exact hold, minor and major drift, the rest float. */
export type PinningTone = 'good' | 'medium' | 'poor' | 'neutral'

export function pinningTone(pinning: PinningSummary): PinningTone {
  switch (pinning.class) {
    case 'digest':
    case 'exact':
      return 'good'
    case 'minor':
    case 'major':
      return 'medium'
    case 'floating-named':
    case 'latest':
    case 'none':
      return 'poor'
    default:
      return 'neutral'
  }
}

/** One step of the breadcrumb: this image, then its base, then the base's base … */
export interface Crumb {
  key: string
  label: string
  /** The image's page opens from here when it is local and not the page already shown. */
  href: string | null
  isCurrent: boolean
  isUntagged: boolean
  /** "(catalogue match, confidence 90%)" for a level found by history, "(OCI label)" for a label. */
  note: string | null
  title: string | undefined
}

export function breadcrumb(analysis: ImageAnalysis, hrefOf: (imageId: string) => string): Crumb[] {
  const first = analysis.tags[0]
  const self: Crumb = {
    key: `self ${analysis.id}`,
    label: first ?? shortId(analysis.id),
    href: null,
    isCurrent: true,
    isUntagged: first === undefined,
    note: null,
    title: analysis.id,
  }
  return [self, ...analysis.base.levels.map((level, index) => levelCrumb(level, index, hrefOf))]
}

function levelCrumb(level: BaseLevel, index: number, hrefOf: (imageId: string) => string): Crumb {
  const label = level.reference ?? (level.imageId === null ? 'unknown' : shortId(level.imageId))
  const aliases = level.aliases.length > 0 ? `Also tagged ${level.aliases.join(', ')}` : null
  return {
    key: `${index} ${level.imageId ?? label}`,
    label,
    href: level.imageId === null ? null : hrefOf(level.imageId),
    isCurrent: false,
    isUntagged: level.reference === null && level.imageId !== null,
    note: levelNote(level),
    title: [level.imageId, aliases].filter(Boolean).join('\n') || undefined,
  }
}

function levelNote(level: BaseLevel): string | null {
  switch (level.method) {
    case 'history':
      return `(catalogue match, confidence ${confidenceText(level.confidence)})`
    case 'label':
      return level.imageId === null ? '(OCI label, not on this machine)' : '(OCI label)'
    default:
      return null
  }
}
