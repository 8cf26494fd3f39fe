import type { ComparedImage, PinningSummary } from '../../../../shared/model'
import { formatBytes, shortId } from '../../../../shared/lib/bytes'
import { confidenceText, methodWords } from '../image-page/base-text'
import { deltaText, libcText } from '../variants/variant-text'
import { formatExactBytes } from '../../ui/format'

/** Said on every catalogue column: its figures were not measured here. */
export const CATALOGUE_NOTE = 'not on this machine: catalogue figures'

/** One row per fact, in this order; the row headers of the table, word for word. */
export const COMPARE_FACTS = [
  'Size',
  'Own size',
  'Base size',
  'Layers',
  'Shared layers',
  'Shared bytes',
  'Base',
  'Hierarchy',
  'Pinning',
  'Base moved',
  'OS',
  'libc',
  'Recommendation',
  'Image ID',
] as const

export type CompareFact = (typeof COMPARE_FACTS)[number]

export type CompareCell =
  /** `detail`: the long version (a base's evidence), on hover only: a table cell holds a few words. */
  | { kind: 'text'; text: string; note?: string; detail?: string }
  /** A rounded size as the image list shows it; the exact figure on hover; a note such as where it comes from. */
  | { kind: 'bytes'; text: string; exact: string; note?: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'pinning'; pinning: PinningSummary; explanation: string }
  | { kind: 'recommendation'; reference: string; fromLine: string; delta: string | null; reason: string | null }
  /** Not a fact of this column: a quiet dash, with the reason on hover and for screen readers. */
  | { kind: 'missing'; why: string }

/** A column's header: the name people know it by, and what kind of column it is. */
export interface CompareColumnHead {
  key: string
  title: string
  /** The short ID of a local image, or the catalogue note. */
  subtitle: string
  isCatalogue: boolean
}

export function columnHead(image: ComparedImage, index: number): CompareColumnHead {
  const isCatalogue = image.source === 'catalogue'
  return {
    key: `${index} ${image.id ?? image.reference}`,
    title: columnTitle(image),
    subtitle: isCatalogue ? CATALOGUE_NOTE : image.id ? shortId(image.id) : '',
    isCatalogue,
  }
}

const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/

/** The reference asked for, unless it was an image ID (the list compares by ID): then its first tag. */
export function columnTitle(image: ComparedImage): string {
  if (image.id === null || !IMAGE_ID.test(image.reference)) return image.reference
  return image.tags[0] ?? shortId(image.id)
}

function bytes(sizeBytes: number, note?: string): CompareCell {
  return { kind: 'bytes', text: formatBytes(sizeBytes), exact: formatExactBytes(sizeBytes), note }
}

const NOT_HERE: CompareCell = { kind: 'missing', why: 'Not on this machine: it has no layers here to count or share' }

/** What one fact says about one image. */
export function compareCell(fact: CompareFact, image: ComparedImage): CompareCell {
  const local = image.source === 'local'
  switch (fact) {
    case 'Size':
      return bytes(image.sizeBytes, local ? undefined : 'catalogue figure')
    case 'Own size':
      return bytes(image.ownSizeBytes, local ? undefined : 'catalogue figure')
    case 'Base size':
      return bytes(image.baseSizeBytes, local ? undefined : 'catalogue figure')
    case 'Layers':
      return local ? { kind: 'text', text: String(image.layerCount) } : NOT_HERE
    case 'Shared layers':
      return local ? { kind: 'text', text: String(image.sharedLayerCount), note: 'with the others' } : NOT_HERE
    case 'Shared bytes':
      return local ? bytes(image.sharedBytes, 'stored once on disk') : NOT_HERE
    case 'Base':
      return baseCell(image)
    case 'Hierarchy':
      return image.base.hierarchy.length > 0
        ? { kind: 'list', items: image.base.hierarchy }
        : { kind: 'missing', why: 'No base above this image is known' }
    case 'Pinning':
      // 'unknown' is the verdict for no reference at all (shared/lib/pinning.ts).
      return image.pinning.class === 'unknown'
        ? { kind: 'missing', why: 'No base reference to judge' }
        : { kind: 'pinning', pinning: { reference: image.base.reference, class: image.pinning.class, explanation: image.pinning.explanation }, explanation: image.pinning.explanation }
    case 'Base moved':
      return baseMovedCell(image.baseMoved)
    case 'OS':
      return image.os ? { kind: 'text', text: image.os } : { kind: 'missing', why: 'The OS is not known' }
    case 'libc':
      return image.libc === 'unknown' ? { kind: 'missing', why: 'The libc is not known' } : { kind: 'text', text: libcText(image.libc) }
    case 'Recommendation':
      return recommendationCell(image)
    case 'Image ID':
      return image.id ? { kind: 'text', text: shortId(image.id) } : { kind: 'missing', why: CATALOGUE_NOTE }
  }
}

function baseCell(image: ComparedImage): CompareCell {
  const { base } = image
  const detail = base.evidence || undefined
  if (base.reference === null) {
    return image.source === 'catalogue'
      ? { kind: 'text', text: 'an official base itself', note: 'catalogue figures', detail }
      : { kind: 'text', text: 'unknown', note: methodWords(base.method), detail }
  }
  return { kind: 'text', text: base.reference, note: `${methodWords(base.method)}, confidence ${confidenceText(base.confidence)}`, detail }
}

function baseMovedCell(moved: boolean | null): CompareCell {
  if (moved === null) return { kind: 'missing', why: 'Not knowable: the base tag is not on this machine' }
  return moved
    ? { kind: 'text', text: 'yes', note: 'the base tag now names another image: a rebuild would pick it up' }
    : { kind: 'text', text: 'no' }
}

function recommendationCell(image: ComparedImage): CompareCell {
  const pick = image.recommendation
  if (pick === null) return { kind: 'missing', why: 'No smaller variant to recommend (already minimal, or the base is unknown)' }
  return {
    kind: 'recommendation',
    reference: pick.reference,
    fromLine: pick.fromLine,
    delta: pick.deltaBytes === null ? null : deltaText(pick.deltaBytes),
    reason: pick.reason,
  }
}
