import { escapeForDisplay } from './display-text'

/** A run of a line: text as decoded (escaped for display), or bytes that are not UTF-8 shown as \xNN. */
export interface TextSegment {
  text: string
  isRawBytes: boolean
}

export type TextLine = TextSegment[]

/** Of the bytes read, more than this share that is not text makes a file binary (a short Latin-1 line is a fifth). */
const BINARY_SHARE = 0.3

/** The length of the valid UTF-8 sequence starting at `at`, or 0 when the byte there starts none. */
export function utf8SequenceLength(bytes: Uint8Array, at: number): number {
  const first = bytes[at] ?? 0
  if (first < 0x80) return 1
  const [length, low, high] = first >= 0xc2 && first <= 0xdf ? [2, 0x80, 0xbf]
    : first === 0xe0 ? [3, 0xa0, 0xbf]
    : first === 0xed ? [3, 0x80, 0x9f]
    : first >= 0xe1 && first <= 0xef ? [3, 0x80, 0xbf]
    : first === 0xf0 ? [4, 0x90, 0xbf]
    : first >= 0xf1 && first <= 0xf3 ? [4, 0x80, 0xbf]
    : first === 0xf4 ? [4, 0x80, 0x8f]
    : [0, 0, 0]
  if (length === 0 || at + length > bytes.length) return 0
  const second = bytes[at + 1] ?? 0
  if (second < low || second > high) return 0
  for (let index = 2; index < length; index += 1) {
    const next = bytes[at + index] ?? 0
    if (next < 0x80 || next > 0xbf) return 0
  }
  return length
}

/**
 * Text or binary, as `git` and `less` judge it: a NUL byte means binary; otherwise bytes that are
 * neither UTF-8 nor usual white space must be rare. `isCut`: the read stopped mid-file, so a
 * sequence cut at the very end is not held against it.
 */
export function looksLikeText(bytes: Uint8Array, isCut = false): boolean {
  const end = isCut ? Math.max(0, bytes.length - 3) : bytes.length
  let odd = 0
  for (let at = 0; at < end;) {
    const byte = bytes[at] ?? 0
    if (byte === 0) return false
    const length = utf8SequenceLength(bytes, at)
    if (length === 0 || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)) odd += 1
    at += Math.max(1, length)
  }
  return odd <= end * BINARY_SHARE
}

/**
 * The lines of a text file for display: UTF-8 decoded, control and bidi characters escaped by
 * escapeForDisplay, and every byte that is not UTF-8 shown as \xNN in a segment of its own.
 */
export function textLines(bytes: Uint8Array): TextLine[] {
  const decoder = new TextDecoder('utf-8')
  const lines: TextLine[] = []
  let line: TextLine = []
  let runStart = 0
  const flushText = (end: number): void => {
    if (end > runStart) line.push({ text: escapeForDisplay(decoder.decode(bytes.subarray(runStart, end)), { keepLineBreaks: true }).replace(/\r$/, ''), isRawBytes: false })
  }
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at] ?? 0
    if (byte === 0x0a) {
      flushText(at)
      lines.push(line)
      line = []
      runStart = at += 1
      continue
    }
    const length = utf8SequenceLength(bytes, at)
    if (length === 0) {
      flushText(at)
      line.push({ text: `\\x${byte.toString(16).padStart(2, '0')}`, isRawBytes: true })
      runStart = at += 1
      continue
    }
    at += length
  }
  flushText(bytes.length)
  if (line.length > 0) lines.push(line)
  return lines
}

export interface HexRow {
  /** Offset of the row's first byte, 8 hex digits. */
  offset: string
  /** Up to 16 bytes as two hex digits each, split in two groups of 8. */
  hex: string
  /** The same bytes as printable ASCII, '.' for the rest. */
  ascii: string
}

/** `xxd`-style rows of 16 bytes, from `from` for at most `count` rows. */
export function hexRows(bytes: Uint8Array, from = 0, count = Number.POSITIVE_INFINITY): HexRow[] {
  const rows: HexRow[] = []
  for (let at = from; at < bytes.length && rows.length < count; at += 16) {
    const chunk = bytes.subarray(at, Math.min(at + 16, bytes.length))
    const pairs = [...chunk].map((byte) => byte.toString(16).padStart(2, '0'))
    rows.push({
      offset: at.toString(16).padStart(8, '0'),
      hex: `${pairs.slice(0, 8).join(' ')}${pairs.length > 8 ? `  ${pairs.slice(8).join(' ')}` : ''}`,
      ascii: [...chunk].map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.')).join(''),
    })
  }
  return rows
}

/** "0755", "4755": the permission bits as `ls -l` users read them in octal. */
export function formatMode(mode: number | null): string {
  return mode === null ? '—' : mode.toString(8).padStart(4, '0')
}
