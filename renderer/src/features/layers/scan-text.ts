import type { FileFacts, OperationProgress, WastedFile } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import type { FileNode } from './file-tree'

/** The phases the core reports, in words a person reads ("preparing export" while the engine stages it). */
const PHASE_WORDS: Record<string, string> = {
  'preparing export': 'Preparing the export',
  'reading layers': 'Reading layers',
  summarising: 'Summarising',
}

/** "Reading layers", or "Starting" before the first progress event; unknown phases as the core says them. */
export function phaseText(progress: OperationProgress | null): string {
  if (!progress) return 'Starting'
  const words = PHASE_WORDS[progress.phase]
  if (words) return words
  return progress.phase.charAt(0).toUpperCase() + progress.phase.slice(1)
}

/** "412 MB of 1.2 GB" while reading layers; null when there is nothing in bytes to say. */
export function progressBytesText(progress: OperationProgress | null): string | null {
  if (!progress || progress.phase !== 'reading layers') return null
  if (progress.total === null) return progress.done > 0 ? `${formatBytes(progress.done)} read` : null
  return `${formatBytes(Math.min(progress.done, progress.total))} of ${formatBytes(progress.total)}`
}

/** What the wait is, when there are no bytes to count yet. */
export function phaseHint(progress: OperationProgress | null): string | null {
  if (progress?.phase !== 'preparing export') return null
  return 'The engine gathers the image before it sends the first byte; big images take a while.'
}

/** 0–100 for the bar; null while the total is unknown (the bar is then indeterminate). */
export function progressPercent(progress: OperationProgress | null): number | null {
  if (!progress || progress.total === null || progress.total <= 0) return null
  return Math.max(0, Math.min(100, (progress.done / progress.total) * 100))
}

/**
 * "83.4%" with one decimal; never "100.0%" while something is wasted, since that would contradict
 * the wasted figure beside it.
 */
export function efficiencyText(efficiency: number): string {
  const text = `${(efficiency * 100).toFixed(1)}%`
  return text === '100.0%' && efficiency < 1 ? '>99.9%' : text
}

/** "overwritten in layer 5" / "deleted in layer 6" (layers numbered by their index, as listed). */
export function wasteReasonText(file: WastedFile): string {
  return `${file.reason} in layer ${file.byLayerIndex}`
}

/** "1 MB in 3 copies" or "nothing"; `shownCount` below `count` adds "the largest N are listed". */
export function wasteTotalText(wastedBytes: number, count: number): string {
  if (count === 0) return 'Nothing is wasted: every stored file survives to the final filesystem.'
  return `${formatBytes(wastedBytes)} in ${count.toLocaleString('en')} ${count === 1 ? 'copy' : 'copies'} that the final filesystem does not show.`
}

export function moreWastedText(shown: number, total: number): string | null {
  const more = total - shown
  return more > 0 ? `${more.toLocaleString('en')} more not listed (the largest ${shown.toLocaleString('en')} are)` : null
}

export function osText(facts: FileFacts): string {
  const os = facts.osRelease
  if (!os) return 'Unknown (no os-release)'
  return os.prettyName ?? ([os.id, os.versionId].filter(Boolean).join(' ') || 'Unknown')
}

const LIBC_WORDS: Record<FileFacts['libc'], string> = {
  glibc: 'glibc',
  musl: 'musl',
  none: 'None (static binaries only)',
  unknown: 'Unknown',
}

export function libcText(facts: FileFacts): string {
  return LIBC_WORDS[facts.libc]
}

/** "dpkg: 87 packages, apk: 14 packages", or null when no package database was found. */
export function packagesText(facts: FileFacts): string | null {
  if (facts.packages.length === 0) return null
  return facts.packages.map(({ manager, count }) => `${manager}: ${count.toLocaleString('en')} ${count === 1 ? 'package' : 'packages'}`).join(', ')
}

export function headersText(facts: FileFacts): string | null {
  const { fileCount, sizeBytes } = facts.headers
  if (fileCount === 0) return null
  return `${fileCount.toLocaleString('en')} ${fileCount === 1 ? 'file' : 'files'}, ${formatBytes(sizeBytes)}`
}

/** Paths come relative to the root ("usr/bin/gcc"); people read them absolute. */
export function absolutePath(path: string): string {
  return path.startsWith('/') ? path : `/${path}`
}

/** "1,204 paths", or "12 of 1,204 paths match" while a filter is on. */
export function fileCountText(total: number, matches: number | null): string {
  const all = `${total.toLocaleString('en')} ${total === 1 ? 'path' : 'paths'}`
  return matches === null ? all : `${matches.toLocaleString('en')} of ${all} match`
}

const KIND_WORDS: Record<FileNode['kind'], string> = {
  file: 'file',
  directory: 'folder',
  symlink: 'symlink',
  hardlink: 'hard link',
  other: 'special file',
}

/** "lib, folder, 12.3 MB, added" / "sh, symlink to busybox, 0 B": what a tree row says aloud. */
export function fileItemLabel(node: FileNode): string {
  const kind = node.linkTarget !== null ? `${KIND_WORDS[node.kind]} to ${node.linkTarget}` : KIND_WORDS[node.kind]
  const parts = [node.name, kind, formatBytes(node.sizeBytes)]
  if (node.change) parts.push(node.change)
  return parts.join(', ')
}
