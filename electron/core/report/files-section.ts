import { formatBytes } from '../../../shared/lib/bytes'
import type { FileComparison } from '../../../shared/model'

/** Files listed by name in the summary formats (HTML, Markdown, PDF); JSON and CSV hold every one. */
export const SUMMARY_FILES_LISTED = 25

/** A piece of the section every format draws in its own way: a sentence, or a table. */
export type SectionBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; caption: string; headers: string[]; rows: string[][]; numeric: number[] }

/**
 * The file-by-file section of a report of two images, summarised: the totals in words, the top
 * folders by bytes lost, and the largest files the second image does not have.
 */
export function filesSectionBlocks(files: FileComparison): SectionBlock[] {
  const { from, to, totals } = files
  const removed = files.differences.filter((item) => item.change === 'removed').slice(0, SUMMARY_FILES_LISTED)
  return [
    { kind: 'text', text: `Moving from ${from.reference} to ${to.reference}: ${totals.removed.toLocaleString('en-US')} files go (${formatBytes(totals.removedBytes)}), ${totals.added.toLocaleString('en-US')} arrive (${formatBytes(totals.addedBytes)}), ${totals.changed.toLocaleString('en-US')} change${totals.digestCompared > 0 ? ` (${totals.digestCompared} compared by content digest)` : ''}.` },
    {
      kind: 'table',
      caption: 'By top folder',
      headers: ['Folder', 'Files removed', 'Bytes removed', 'Files added', 'Bytes added', 'Files changed'],
      rows: files.folders.map((folder) => [`/${folder.topFolder}`, String(folder.removed), formatBytes(folder.removedBytes), String(folder.added), formatBytes(folder.addedBytes), String(folder.changed)]),
      numeric: [1, 2, 3, 4, 5],
    },
    {
      kind: 'table',
      caption: `Largest files only in ${from.reference}${totals.removed > removed.length ? ` (${removed.length} of ${totals.removed}; the JSON and CSV reports list all)` : ''}`,
      headers: ['Path', 'Kind', 'Size'],
      rows: removed.map((item) => [`/${item.path}`, item.kind, formatBytes(item.fromSizeBytes)]),
      numeric: [2],
    },
  ]
}

export const FILES_CSV_HEADERS = ['path', 'change', 'topFolder', 'kind', 'fromSizeBytes', 'toSizeBytes', 'reasons', 'from', 'to']

/** Every difference, one row each under FILES_CSV_HEADERS: the CSV report's second table. */
export function filesCsvRows(files: FileComparison): (string | number)[][] {
  return files.differences.map((item) =>
    [`/${item.path}`, item.change, item.topFolder, item.kind, item.fromSizeBytes, item.toSizeBytes, item.reasons.join(' '), files.from.reference, files.to.reference])
}
