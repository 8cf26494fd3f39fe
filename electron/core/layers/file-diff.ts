import type { FileDiff, FileVersion } from '../../../shared/model'
import { looksLikeText } from '../../../shared/lib/file-bytes'
import { formatBytes } from '../../../shared/lib/bytes'
import { unifiedDiff } from '../dockerfile/diff'

/** Lines of a unified diff kept: a rewritten 1 MiB file would otherwise send tens of thousands. */
export const DIFF_LINES_LIMIT = 5_000

/**
 * How `current` differs from `previous`, when both are regular files: a line diff of the bytes
 * read when both are text (bounded: the LCS falls back to "replaced whole" past its table size,
 * and the output is cut at DIFF_LINES_LIMIT lines), sizes and digests otherwise.
 */
export function diffVersions(previous: FileVersion | null, current: FileVersion | null, path: string): FileDiff | null {
  if (previous?.state !== 'file' || current?.state !== 'file') return null
  const before = Buffer.from(previous.contentBase64 ?? '', 'base64')
  const after = Buffer.from(current.contentBase64 ?? '', 'base64')
  const isSameRead = before.equals(after) && previous.sizeBytes === current.sizeBytes
  if (isSameRead && (previous.digest === current.digest || previous.isCut)) return { kind: 'same' }
  if (!looksLikeText(before, previous.isCut) || !looksLikeText(after, current.isCut)) {
    return { kind: 'binary', summary: binarySummary(previous, current) }
  }
  const unified = unifiedDiff(before.toString('utf8'), after.toString('utf8'), path.replace(/\s/g, '_'))
  return unified === '' ? { kind: 'same' } : cutDiff(unified, previous.isCut || current.isCut)
}

function binarySummary(previous: FileVersion, current: FileVersion): string {
  if (previous.sizeBytes !== current.sizeBytes) {
    return `Binary, sizes differ: ${formatBytes(previous.sizeBytes)} before, ${formatBytes(current.sizeBytes)} now.`
  }
  return 'Binary, same size, contents differ.'
}

function cutDiff(unified: string, isPartial: boolean): FileDiff {
  const lines = unified.split('\n')
  if (lines.at(-1) === '') lines.pop()
  const kept = lines.slice(0, DIFF_LINES_LIMIT)
  let added = 0
  let removed = 0
  for (const line of kept.slice(2)) {
    if (line.startsWith('+')) added += 1
    else if (line.startsWith('-')) removed += 1
  }
  return { kind: 'text', unified: kept.length === 0 ? '' : `${kept.join('\n')}\n`, isCut: isPartial || lines.length > kept.length, added, removed }
}
