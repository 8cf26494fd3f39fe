import type { HistoryAlignment, ImageDetail, ImagePlatform } from '../../../../shared/model'
import { shortId } from '../../../../shared/lib/bytes'

/** The page title: the first tag people know it by, else the short ID docker prints. */
export function imageTitle(image: ImageDetail): string {
  return image.summary.tags[0] ?? shortId(image.summary.id)
}

export function platformOf(image: ImageDetail): string {
  return [image.os, image.architecture, image.variant].filter(Boolean).join('/')
}

/** "linux/arm64/v8 is listed by this image but not on this machine …"; null when every platform is here. */
export function absentPlatformsText(platforms: readonly ImagePlatform[]): string | null {
  const absent = platforms.filter((entry) => !entry.isPresent).map((entry) => entry.platform)
  if (absent.length === 0) return null
  const verb = absent.length === 1 ? 'is' : 'are'
  return `${absent.join(', ')} ${verb} listed by this image’s index but not on this machine: only the platforms pulled here can be analysed and scanned.`
}

/** Why the step/layer pairing might be off; null when the engine's data matched exactly. */
export function alignmentNote(alignment: HistoryAlignment): string | null {
  switch (alignment) {
    case 'exact':
      return null
    case 'inferred':
      return 'Steps were matched to layers by what their instruction can produce: the engine does not say which steps are empty.'
    case 'mismatch':
      return 'History and layers do not line up for this image (it may have been squashed or imported), so per-step layers and sizes may be wrong.'
  }
}

/** Commands longer than this, or on several lines, are cut in the table with the full text one click away. */
export const COMMAND_PREVIEW_CHARS = 120

export function commandPreview(command: string): { text: string; isTruncated: boolean } {
  // indexOf, not split: a 1 MB command would be copied whole to read its first line.
  const newline = command.indexOf('\n')
  const firstLine = newline === -1 ? command : command.slice(0, newline)
  const isTruncated = firstLine.length < command.length || firstLine.length > COMMAND_PREVIEW_CHARS
  if (!isTruncated) return { text: command, isTruncated }
  return { text: `${firstLine.slice(0, COMMAND_PREVIEW_CHARS).trimEnd()}…`, isTruncated }
}
