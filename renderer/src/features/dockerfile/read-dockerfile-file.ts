import type { ErrorPayload } from '../../../../shared/contract'
import { bytesToBase64, classifyDrop, type DroppedItem } from './dockerfile-input'

export interface FileReadHandlers {
  /** A file was read: its bytes, as base64, and its name. */
  onFile: (contentBase64: string, name: string) => void
  /** The file was refused before reading (a folder, too large) or the read failed. */
  onRefused: (error: ErrorPayload) => void
}

/** A dropped or picked file, judged before reading (folders and oversized files are refused), then read. */
export async function readDockerfileFile(file: File | null, isDirectory: boolean, handlers: FileReadHandlers): Promise<void> {
  const item: DroppedItem | null = file ? { name: file.name, sizeBytes: file.size, isDirectory } : null
  const verdict = classifyDrop(item)
  if (verdict.kind === 'refuse' || !file) {
    if (verdict.kind === 'refuse') handlers.onRefused(verdict.error)
    return
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer())
    handlers.onFile(bytesToBase64(bytes), verdict.name)
  } catch (error) {
    // A folder without an entry API, or a file gone since the drag began, fails here.
    const why = error instanceof Error && error.message ? ` (${error.message.replace(/\.$/, '')})` : ''
    handlers.onRefused({ code: 'INVALID_INPUT', message: `${verdict.name} could not be read${why}.` })
  }
}
