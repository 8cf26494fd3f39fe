import { VALUE_LIMIT } from './package-rules'

/** A line longer than this is read by its start only: the fields we keep are short, descriptions are not. */
const LINE_LIMIT = 1024

/** The fields of one stanza we asked for; every other field is dropped as it passes. */
export type Stanza = Map<string, string>

/**
 * Reads "Key: value" stanzas separated by blank lines as bytes arrive (dpkg status, apk's
 * `installed` with one-letter keys, a wheel's METADATA headers). Holds at most one line start and
 * the wanted fields of one stanza; continuation lines (starting with a space or tab) are skipped.
 */
export class StanzaReader {
  private carry: Buffer[] = []
  private carried = 0
  private current: Stanza = new Map()
  private stopped = false

  constructor(
    private readonly wanted: ReadonlySet<string>,
    private readonly onStanza: (stanza: Stanza) => void,
    /** METADATA: the headers end at the first blank line, the long description follows. */
    private readonly firstStanzaOnly = false,
  ) {}

  push(chunk: Buffer): void {
    let start = 0
    while (!this.stopped && start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start)
      const end = newline === -1 ? chunk.length : newline
      if (newline !== -1 && this.carried === 0) {
        // The common case, a whole line inside the chunk: read in place, no copy.
        this.line(chunk.toString('utf8', start, Math.min(end, start + LINE_LIMIT)))
        start = newline + 1
        continue
      }
      this.keep(chunk.subarray(start, end))
      if (newline === -1) return
      this.line(Buffer.concat(this.carry).toString('utf8'))
      this.carry = []
      this.carried = 0
      start = newline + 1
    }
  }

  end(): void {
    if (this.carried > 0) this.line(Buffer.concat(this.carry).toString('utf8'))
    this.carry = []
    this.line('')
  }

  private keep(part: Buffer): void {
    const room = LINE_LIMIT - this.carried
    if (room <= 0 || part.length === 0) return
    const kept = Buffer.from(part.subarray(0, room))
    this.carry.push(kept)
    this.carried += kept.length
  }

  private line(raw: string): void {
    if (this.stopped) return
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') {
      if (this.current.size > 0) this.onStanza(this.current)
      this.current = new Map()
      if (this.firstStanzaOnly) this.stopped = true
      return
    }
    if (line.startsWith(' ') || line.startsWith('\t')) return
    const colon = line.indexOf(':')
    if (colon <= 0) return
    const key = line.slice(0, colon)
    // The first copy of a field wins: a stanza that repeats Package: is not two packages.
    if (this.wanted.has(key) && !this.current.has(key)) this.current.set(key, line.slice(colon + 1).trim().slice(0, VALUE_LIMIT))
  }
}
