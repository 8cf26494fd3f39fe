import { formatBytes } from '../../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { formatMode } from '../../../../shared/lib/file-bytes'
import type { FileContent, FileVersion } from '../../../../shared/model'

/** Lines (text) or rows of 16 bytes (hex) drawn at once; "Show more" adds as many again. */
export const VIEWER_PAGE = 2_000

/** What the path is as of the asked layer, in one sentence. */
export function versionHeadline(content: FileContent): string {
  const version = content.current
  if (version === null) return `No layer up to layer ${content.layerIndex} holds this path.`
  const where = version.layerIndex === content.layerIndex ? `in this layer (${version.layerIndex})` : `in layer ${version.layerIndex}`
  switch (version.state) {
    case 'deleted':
      return `Deleted here: layer ${version.layerIndex} removes it.`
    case 'symlink':
      return `Symbolic link → ${escapeForDisplay(version.linkTarget ?? '')}, written ${where}.`
    case 'hardlink':
      return `Hard link to /${escapeForDisplay(version.linkTarget ?? '')}, written ${where}.`
    case 'file':
      return `${version.sizeBytes === 0 ? 'Empty file' : `File of ${formatBytes(version.sizeBytes)}`}, mode ${formatMode(version.mode)}, last written ${where}.`
    default:
      return `A ${version.state === 'other' ? 'special file (device, FIFO …)' : version.state}, written ${where}: nothing to read.`
  }
}

/** Said when only the first bytes were read. */
export function cutNote(version: FileVersion, shownBytes: number): string | null {
  if (!version.isCut) return null
  return `Only the first ${formatBytes(shownBytes)} of ${formatBytes(version.sizeBytes)} were read: the rest is not shown.`
}

/** The previous version, as the diff's heading names it. */
export function previousText(previous: FileVersion | null): string | null {
  if (previous === null) return null
  if (previous.state === 'deleted') return `Before: deleted in layer ${previous.layerIndex}.`
  if (previous.state === 'file') return `Before: ${formatBytes(previous.sizeBytes)}, mode ${formatMode(previous.mode)}, from layer ${previous.layerIndex}.`
  return `Before: a ${previous.state}${previous.linkTarget ? ` → ${escapeForDisplay(previous.linkTarget)}` : ''} from layer ${previous.layerIndex}.`
}

/** Base64 from the core to bytes, without Buffer (the renderer has none). */
export function bytesFromBase64(base64: string | null): Uint8Array {
  if (base64 === null || base64 === '') return new Uint8Array(0)
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}
