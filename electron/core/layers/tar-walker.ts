/**
 * A synchronous tar reader for layer tars: it is handed chunks, parses headers, and passes file
 * bodies only to an entry that asks for them — every other body is skipped by counting. tar-stream
 * makes a stream per entry and a promise per chunk; for a 1 GB layer that was most of the scan's
 * CPU while the engine, on the same two cores, was trying to send the export.
 * Handles ustar (with prefix), pax extended headers ('x', 'g') and GNU long names ('L', 'K').
 */

const BLOCK = 512
/** Pax and GNU long-name bodies are names, not data: a bigger one is not an archive we read. */
const META_LIMIT = 1024 * 1024

export interface WalkedHeader {
  name: string
  /** The tar type flag: '0' file, '1' hard link, '2' symlink, '5' folder … ('' read as '0'). */
  typeflag: string
  size: number
  linkname: string
  /** Permission bits and set-id/sticky bits (0o7777 of the octal mode field); null when unreadable. */
  mode: number | null
}

/** Receives the body of an entry that asked for it. */
export interface BodySink {
  push(chunk: Buffer): void
  end(): void
}

/** Called for each entry; returns a sink for its body, or null to skip the body unread. */
export type OnEntry = (header: WalkedHeader) => BodySink | null

export class TarWalker {
  private header = Buffer.alloc(BLOCK)
  private headerFill = 0
  /** Body bytes still to come for the current entry, then the padding to the next block. */
  private bodyLeft = 0
  private paddingLeft = 0
  private sink: BodySink | null = null
  private meta: { kind: 'x' | 'g' | 'L' | 'K'; parts: Buffer[] } | null = null
  private pending: { path?: string; linkpath?: string; size?: number } = {}
  /** The current body's length, for the padding after it. */
  private bodySize = 0
  private finished = false

  constructor(private readonly onEntry: OnEntry) {}

  write(chunk: Buffer): void {
    let at = 0
    while (at < chunk.length && !this.finished) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - at)
        this.body(chunk.subarray(at, at + take))
        at += take
        this.bodyLeft -= take
        if (this.bodyLeft === 0) this.endBody()
      } else if (this.paddingLeft > 0) {
        const take = Math.min(this.paddingLeft, chunk.length - at)
        at += take
        this.paddingLeft -= take
      } else {
        const take = Math.min(BLOCK - this.headerFill, chunk.length - at)
        chunk.copy(this.header, this.headerFill, at, at + take)
        this.headerFill += take
        at += take
        if (this.headerFill === BLOCK) {
          this.headerFill = 0
          this.readHeader()
        }
      }
    }
  }

  /** The source ended: fine between entries, an error in the middle of one. */
  end(): void {
    if (this.bodyLeft > 0 || this.headerFill > 0 || this.meta !== null) {
      throw new Error('Unexpected end of data')
    }
  }

  private body(bytes: Buffer): void {
    if (this.meta) this.meta.parts.push(Buffer.from(bytes))
    else this.sink?.push(bytes)
  }

  private endBody(): void {
    this.paddingLeft = (BLOCK - (this.bodySize % BLOCK)) % BLOCK
    if (this.meta) {
      const text = Buffer.concat(this.meta.parts)
      const kind = this.meta.kind
      this.meta = null
      this.readMeta(kind, text)
    } else {
      this.sink?.end()
      this.sink = null
    }
  }

  private readHeader(): void {
    const block = this.header
    if (block.every((byte) => byte === 0)) {
      // The end-of-archive marker: whatever follows is padding.
      this.finished = true
      return
    }
    if (!checksumHolds(block)) throw new Error('Invalid tar header: the checksum does not match (not a tar archive, or corrupt)')
    const typeflag = block[156] === 0 ? '0' : String.fromCharCode(block[156] ?? 48)
    const size = readSize(block.subarray(124, 136))
    this.bodySize = size
    if (typeflag === 'x' || typeflag === 'g' || typeflag === 'L' || typeflag === 'K') {
      if (size > META_LIMIT) throw new Error(`Invalid tar header: a ${size}-byte extended header`)
      this.meta = { kind: typeflag, parts: [] }
      this.startBody(size)
      return
    }
    const pending = this.pending
    this.pending = {}
    const header: WalkedHeader = {
      name: pending.path ?? ustarName(block),
      typeflag,
      size: pending.size ?? size,
      linkname: pending.linkpath ?? text(block, 157, 100),
      mode: readMode(block),
    }
    // The body is as long as the header says, whatever the type (tar-stream and tar(1) agree).
    const sink = this.onEntry(header)
    if (header.size === 0) {
      sink?.end()
      return
    }
    this.sink = sink
    this.bodySize = header.size
    this.startBody(header.size)
  }

  private startBody(size: number): void {
    this.bodyLeft = size
    this.paddingLeft = 0
    if (size === 0) this.endBody()
  }

  private readMeta(kind: 'x' | 'g' | 'L' | 'K', body: Buffer): void {
    if (kind === 'L') this.pending.path = cString(body)
    else if (kind === 'K') this.pending.linkpath = cString(body)
    else if (kind === 'x') Object.assign(this.pending, paxRecords(body))
    // 'g' (global) headers set defaults nobody writes into image layers; they are read and skipped.
  }
}

function text(block: Buffer, offset: number, length: number): string {
  return cString(block.subarray(offset, offset + length))
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0)
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end)
}

function ustarName(block: Buffer): string {
  const name = text(block, 0, 100)
  const isUstar = block.toString('latin1', 257, 262) === 'ustar'
  const prefix = isUstar ? text(block, 345, 155) : ''
  return prefix === '' ? name : `${prefix}/${name}`
}

/** Octal, or GNU base-256 (high bit set) for sizes past 8 GB. */
function readSize(field: Buffer): number {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    let value = (field[0] ?? 0) & 0x7f
    for (let index = 1; index < field.length; index++) value = value * 256 + (field[index] ?? 0)
    return value
  }
  const digits = cString(field).trim()
  const value = digits === '' ? 0 : parseInt(digits, 8)
  if (!Number.isFinite(value) || value < 0) throw new Error(`Invalid tar header: size "${digits}"`)
  return value
}

function readMode(block: Buffer): number | null {
  const digits = cString(block.subarray(100, 108)).trim()
  const value = parseInt(digits, 8)
  return /^[0-7]+$/.test(digits) && Number.isFinite(value) ? value & 0o7777 : null
}

function checksumHolds(block: Buffer): boolean {
  const stored = parseInt(cString(block.subarray(148, 156)).trim(), 8)
  let sum = 8 * 0x20
  for (let index = 0; index < BLOCK; index++) if (index < 148 || index >= 156) sum += block[index] ?? 0
  return stored === sum
}

/** "LEN key=value\n" records; only the keys that change what we read are kept. */
function paxRecords(body: Buffer): { path?: string; linkpath?: string; size?: number } {
  const found: { path?: string; linkpath?: string; size?: number } = {}
  let at = 0
  while (at < body.length) {
    const space = body.indexOf(0x20, at)
    if (space === -1) break
    const length = parseInt(body.toString('latin1', at, space), 10)
    if (!Number.isFinite(length) || length <= 0 || at + length > body.length) break
    const record = body.toString('utf8', space + 1, at + length - 1)
    const equals = record.indexOf('=')
    const key = record.slice(0, equals)
    const value = record.slice(equals + 1)
    if (key === 'path') found.path = value
    else if (key === 'linkpath') found.linkpath = value
    else if (key === 'size') found.size = Number(value)
    at += length
  }
  return found
}
