import { hexRows, looksLikeText, textLines } from '../../shared/lib/file-bytes'
import { fuzz, type FuzzReport } from './fuzz-run'
import { createRandom, type Random } from './prng'

/** Pieces files are made of: UTF-8 of every length, bidi overrides, CRLF, NUL, stray continuation bytes, cut sequences. */
const PIECES = [
  [0x41], [0x0a], [0x0d, 0x0a], [0x09], [0x00], [0x80], [0xbf], [0xc0, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80],
  [0xf4, 0x90, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x80, 0xae], [0xef, 0xbb, 0xbf], [0xff], [0x1b, 0x5b, 0x33, 0x31, 0x6d],
]

function generate(random: Random): Uint8Array {
  const out: number[] = []
  const length = random.int(4_000)
  while (out.length < length) {
    const piece = random.pick(PIECES)
    // Sometimes a run of one piece, as minified files and binary padding have.
    for (let repeat = random.chance(0.05) ? random.int(500) : 1; repeat > 0; repeat -= 1) out.push(...piece)
  }
  return Uint8Array.from(out)
}

/**
 * Bytes of files from images, as the viewer decodes them: never a throw, every byte accounted for
 * (decoded text, a \xNN escape, or a line break), and hex rows that cover the input exactly.
 */
export function fuzzFileBytes(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  return fuzz(
    'file bytes', count,
    () => generate(random),
    (bytes) => {
      looksLikeText(bytes, random.chance(0.5))
      const lines = textLines(bytes)
      const newlines = bytes.filter((byte) => byte === 0x0a).length
      if (lines.length < newlines || lines.length > newlines + 1) throw new TypeError(`${lines.length} lines for ${newlines} line feeds`)
      const rows = hexRows(bytes)
      if (rows.length !== Math.ceil(bytes.length / 16)) throw new TypeError(`${rows.length} hex rows for ${bytes.length} bytes`)
    },
    (bytes) => `${bytes.length} bytes: ${Buffer.from(bytes.subarray(0, 48)).toString('hex')}`,
  )
}
