import type { BaseMethod, ComparedImage, ComparisonCell, ImageStore } from '../../../shared/model'
import { shortId } from '../../../shared/lib/bytes'
import { CATALOGUE_NOTE } from './comparison-columns'

/** What a cell may need beyond its image: which store the engine keeps images in. */
export interface CellContext {
  imageStore: ImageStore | null
}

export const NOT_HERE: ComparisonCell = { kind: 'missing', why: 'Not on this machine: it has no layers here to count or share' }

export const missing = (why: string): ComparisonCell => ({ kind: 'missing', why })

export const text = (value: string, note: string | null = null, detail: string | null = null): ComparisonCell => ({ kind: 'text', text: value, note, detail })

/** A figure; `deltaBytes` is filled in once every column's figure is known. */
export function size(bytes: number | null, why: string, note: string | null = null): ComparisonCell {
  return bytes === null ? missing(why) : { kind: 'size', bytes, deltaBytes: null, note }
}

const catalogueNote = (image: ComparedImage) => (image.source === 'catalogue' ? 'catalogue figure' : null)

export function onDiskCell(image: ComparedImage): ComparisonCell {
  return size(image.sizeBytes, 'The catalogue gives only a compressed (download) size for this image', catalogueNote(image))
}

/** Where there is no compressed content, say which engine keeps none: that is why only "on disk" shows. */
export function contentCell(image: ComparedImage, context: CellContext): ComparisonCell {
  if (image.contentBytes !== null) return size(image.contentBytes, '', catalogueNote(image))
  if (image.source === 'catalogue') return missing('The catalogue gives no compressed size for this image')
  const store = context.imageStore
  if (store === 'graph-driver') return missing('This engine keeps no compressed content (overlay2 graph driver): only the size on disk')
  if (store === 'podman') return missing('Podman keeps no compressed content: only the size on disk')
  return missing('The engine keeps no compressed content for this image: only the size on disk')
}

export function filesCell(image: ComparedImage): ComparisonCell {
  if (image.source === 'catalogue') return NOT_HERE
  return size(image.scannedFileBytes, 'Not scanned yet: a layer scan (on the image page, or baseline scan) measures it')
}

export function baseLayersCell(image: ComparedImage, bytes: number): ComparisonCell {
  if (image.source === 'catalogue' && image.sizeBytes === null) return missing('The catalogue gives no on-disk size for this image')
  return size(bytes, '', catalogueNote(image))
}

/** How a base was found, in the words the image page uses. */
export function methodWords(method: BaseMethod): string {
  const words: Record<BaseMethod, string> = {
    label: 'OCI labels',
    'layer-chain': 'layer chain',
    history: 'history fingerprint',
    none: 'no base found',
  }
  return words[method]
}

export function baseCell(image: ComparedImage): ComparisonCell {
  const { base } = image
  const detail = base.evidence === '' ? null : base.evidence
  if (image.source === 'catalogue') return text('an official base itself', 'catalogue figures', detail)
  if (base.reference === null) return text(base.method === 'none' ? 'unknown' : 'untagged image', methodWords(base.method), detail)
  const confidence = `${Math.round(Math.max(0, Math.min(1, base.confidence)) * 100)}%`
  return text(base.reference, `${methodWords(base.method)}, confidence ${confidence}`, detail)
}

export function pinningCell(image: ComparedImage): ComparisonCell {
  // 'unknown' is the verdict for no reference at all (shared/lib/pinning.ts).
  if (image.pinning.class === 'unknown') return missing('No base reference to judge')
  return { kind: 'pinning', reference: image.base.reference, verdict: image.pinning.class, explanation: image.pinning.explanation }
}

export function baseMovedCell(moved: boolean | null): ComparisonCell {
  if (moved === null) return missing('Not knowable: the base tag is not on this machine')
  return moved ? text('yes', 'the base tag now names another image: a rebuild would pick it up') : text('no')
}

export function recommendationCell(image: ComparedImage): ComparisonCell {
  const pick = image.recommendation
  if (pick === null) return missing('No smaller variant to recommend (already minimal, or the base is unknown)')
  return { kind: 'recommendation', ...pick }
}

export function idCell(image: ComparedImage): ComparisonCell {
  return image.id === null ? missing(CATALOGUE_NOTE) : text(shortId(image.id), null, image.id)
}

export function libcCell(image: ComparedImage): ComparisonCell {
  if (image.libc === 'unknown') return missing('The libc is not known')
  return text(image.libc === 'none' ? 'none (static binaries only)' : image.libc)
}
