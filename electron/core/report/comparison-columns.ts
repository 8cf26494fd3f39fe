import type { ComparedImage, ComparisonColumn } from '../../../shared/model'
import { shortId } from '../../../shared/lib/bytes'

/** Said under every catalogue column's name: its figures were not measured here. */
export const CATALOGUE_NOTE = 'not on this machine: catalogue figures'

const IMAGE_ID = /^(sha256:)?[0-9a-f]{12,64}$/

/** The reference asked for, unless it was an image ID (the list compares by ID): then its first tag. */
export function columnTitle(image: ComparedImage): string {
  if (image.id === null || !IMAGE_ID.test(image.reference)) return image.reference
  return image.tags[0] ?? shortId(image.id)
}

/** One header per compared image, in the order asked for. */
export function comparisonColumns(images: readonly ComparedImage[]): ComparisonColumn[] {
  return images.map((image) => ({
    title: columnTitle(image),
    subtitle: image.source === 'catalogue' ? CATALOGUE_NOTE : image.id === null ? '' : shortId(image.id),
    source: image.source,
  }))
}
