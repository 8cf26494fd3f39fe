import type { Comparison } from '../../../../shared/model'
import { columnTitle } from './compare-rows'

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
  return comparison.images.map((image, index) => ({
    key: String(index),
    label: image.source === 'catalogue' ? `${columnTitle(image)} (catalogue)` : columnTitle(image),
    baseSizeBytes: image.baseSizeBytes,
    ownSizeBytes: image.ownSizeBytes,
    sizeBytes: image.sizeBytes,
    isCatalogue: image.source === 'catalogue',
  }))
}
