import type { Comparison } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

export interface SizeBar {
  /** The bar's position: titles may repeat (an image asked for by tag and by ID), positions do not. */
  key: string
  /** The column's title: the chart and the table name each image alike. */
  label: string
  baseSizeBytes: number
  ownSizeBytes: number
  sizeBytes: number
  isCatalogue: boolean
}

/** One stacked bar per image, in the columns' order: base below, own on top. */
export function sizeBars(comparison: Comparison): SizeBar[] {
  return comparison.images.map((image, index) => {
    const title = escapeForDisplay(comparison.columns[index]?.title ?? image.reference, { maxLength: 300 })
    return {
      key: String(index),
      label: image.source === 'catalogue' ? `${title} (catalogue)` : title,
      baseSizeBytes: image.baseSizeBytes,
      ownSizeBytes: image.ownSizeBytes,
      // The bar is base + own: for a catalogue entry with no on-disk figure, both are 0.
      sizeBytes: image.sizeBytes ?? image.baseSizeBytes + image.ownSizeBytes,
      isCatalogue: image.source === 'catalogue',
    }
  })
}
