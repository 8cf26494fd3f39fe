import type { Comparison, ComparisonTotal } from '../../../shared/model'

/** The figures across all compared images, in the app's totals and every report's, word for word. */
export function totalRows(totals: Comparison['totals']): ComparisonTotal[] {
  return [
    { key: 'total.sum', label: 'Sum of sizes on disk', sizeKind: 'on-disk', value: totals.sizeBytes, help: 'Each image counted whole, as the image list shows them' },
    { key: 'total.unique', label: 'On disk, shared layers once', sizeKind: 'on-disk', value: totals.uniqueBytes, help: 'What the compared images take together: a layer several of them use is stored once' },
    { key: 'total.saved', label: 'Saved by sharing layers', sizeKind: 'on-disk', value: totals.savedBySharingBytes, help: 'What the shared layers would cost if each image had its own copy' },
    { key: 'total.layers', label: 'Distinct layers', sizeKind: null, value: totals.uniqueLayerCount, help: 'Layers across all the local images, each counted once' },
  ]
}
