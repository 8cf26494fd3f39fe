/**
 * Offset of the first byte that breaks UTF-8, null when the whole buffer is valid. TextDecoder's
 * fatal mode only says "invalid"; a person fixing the file needs to know where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | null {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0
    const length = sequenceLength(lead)
    if (length === 0) return index
    if (length === 1) {
      index += 1
      continue
    }
    if (index + length > bytes.length) return index
    const second = bytes[index + 1] ?? 0
    if (!secondByteFits(lead, second)) return index
    for (let next = 2; next < length; next += 1) {
      if (!isContinuation(bytes[index + next] ?? 0)) return index
    }
    index += length
  }
  return null
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

// The narrowed ranges rule out overlong forms, UTF-16 surrogates and code points past U+10FFFF.
function secondByteFits(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f
  return isContinuation(second)
}

function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf
}
