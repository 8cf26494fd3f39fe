import { DOCKERFILE_MAX_BYTES, type ErrorPayload } from '../../../../shared/contract'

/** What the renderer can tell about a dropped thing without reading it. */
export interface DroppedItem {
  name: string
  sizeBytes: number
  isDirectory: boolean
}

export type DropVerdict = { kind: 'read'; name: string } | { kind: 'refuse'; error: ErrorPayload }

/** Whether a drop is worth reading: folders and oversized files are refused with a sentence. */
export function classifyDrop(item: DroppedItem | null): DropVerdict {
  if (item === null) return refuse('Nothing to read was dropped: drop a Dockerfile from your file manager.')
  if (item.isDirectory) return refuse('That is a folder: drop the Dockerfile inside it.')
  if (item.sizeBytes > DOCKERFILE_MAX_BYTES) {
    return refuse(`${item.name} is larger than 1 MB: a Dockerfile that big is not one Baseline will read.`)
  }
  return { kind: 'read', name: item.name }
}

function refuse(message: string): DropVerdict {
  return { kind: 'refuse', error: { code: 'INVALID_INPUT', message } }
}

/** Base64 of raw bytes, in chunks: spreading a 1 MiB array into one call would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000
  let binary = ''
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK))
  }
  return btoa(binary)
}

/** Whether a drag carries files at all (text or links dragged inside the window do not open the overlay). */
export function carriesFiles(types: readonly string[] | DOMStringList): boolean {
  return Array.from(types as Iterable<string>).includes('Files')
}
