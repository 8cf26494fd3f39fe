import type { ChunkWriter } from './chunk-pump'

/** A response head bigger than this is not an engine answering a GET. */
const HEAD_LIMIT = 64 * 1024
/** A chunk-size line is a few hex digits; extensions past this are refused, not buffered. */
const SIZE_LINE_LIMIT = 4 * 1024

export interface ResponseHead {
  status: number
  /** Lower-cased names; a repeated header keeps its last value (none we read may repeat). */
  headers: Map<string, string>
}

type BodyState =
  | { kind: 'size'; line: string }
  | { kind: 'data'; left: number }
  | { kind: 'data-end'; seen: number }
  | { kind: 'trailer'; line: string }
  | { kind: 'length'; left: number }
  | { kind: 'until-close' }
  | { kind: 'done' }

/**
 * An HTTP/1.1 response read from raw socket bytes: the head once, then the body handed to `write`
 * de-chunked, without a copy. Only what the engine's GET answers need: chunked, Content-Length, or
 * a body that ends when the connection does. Every line it buffers is bounded.
 */
export class HttpResponseReader {
  head: ResponseHead | null = null
  private headBytes: Buffer[] = []
  private headLength = 0
  private state: BodyState = { kind: 'until-close' }

  constructor(private write: ChunkWriter) {}

  /** Where body bytes go from now on (the export's reader, once it starts). */
  setWriter(write: ChunkWriter): void {
    this.write = write
  }

  /** True once the body's own framing says it is whole (a close-delimited body never says so). */
  get complete(): boolean {
    return this.state.kind === 'done'
  }

  /** True when the body ends with the connection: then the end of the socket is the end of it. */
  get endsWithConnection(): boolean {
    return this.state.kind === 'until-close'
  }

  /**
   * Reads `bytes` (valid only during the call). When the writer asks to wait, the bytes not yet
   * read are copied and the promise returned resolves once they, too, went through.
   */
  feed(bytes: Buffer): Promise<void> | null {
    let at = 0
    if (this.head === null) {
      at = this.readHead(bytes)
      if (this.head === null) return null
    }
    while (at < bytes.length && this.state.kind !== 'done') {
      const step = this.step(bytes, at)
      at = step.at
      if (step.wait) {
        const rest = Buffer.from(bytes.subarray(at))
        return step.wait.then(() => this.feed(rest) ?? undefined)
      }
    }
    return null
  }

  private readHead(bytes: Buffer): number {
    const previous = this.headLength
    this.headBytes.push(Buffer.from(bytes))
    this.headLength += bytes.length
    const all = Buffer.concat(this.headBytes)
    const end = all.indexOf('\r\n\r\n', Math.max(0, previous - 3))
    if (end === -1) {
      if (all.length > HEAD_LIMIT) throw new Error('the engine answered with a response head larger than 64 KiB')
      this.headBytes = [all]
      return bytes.length
    }
    this.headBytes = []
    this.head = parseHead(all.toString('latin1', 0, end))
    this.state = bodyStateFor(this.head)
    // The body's first bytes came in this read: hand back where they start in `bytes`.
    return end + 4 - previous
  }

  private step(bytes: Buffer, at: number): { at: number; wait: Promise<void> | null } {
    const state = this.state
    switch (state.kind) {
      case 'data':
      case 'length': {
        const take = Math.min(state.left, bytes.length - at)
        state.left -= take
        if (state.left === 0) this.state = state.kind === 'data' ? { kind: 'data-end', seen: 0 } : { kind: 'done' }
        return { at: at + take, wait: this.write(bytes.subarray(at, at + take)) }
      }
      case 'until-close':
        return { at: bytes.length, wait: this.write(bytes.subarray(at)) }
      case 'data-end':
        // The CRLF after a chunk's data.
        if (bytes[at] === 0x0a) this.state = { kind: 'size', line: '' }
        return { at: at + 1, wait: null }
      case 'size':
      case 'trailer':
        return { at: this.readLine(bytes, at, state), wait: null }
      case 'done':
        return { at: bytes.length, wait: null }
    }
  }

  private readLine(bytes: Buffer, at: number, state: { kind: 'size' | 'trailer'; line: string }): number {
    const newline = bytes.indexOf(0x0a, at)
    const end = newline === -1 ? bytes.length : newline
    state.line += bytes.toString('latin1', at, end)
    if (state.line.length > SIZE_LINE_LIMIT) throw new Error('the engine sent a chunk header longer than 4 KiB')
    if (newline === -1) return bytes.length
    const line = state.line.trim()
    if (state.kind === 'trailer') {
      this.state = line === '' ? { kind: 'done' } : { kind: 'trailer', line: '' }
    } else {
      const size = parseInt(line.split(';')[0] ?? '', 16)
      if (!Number.isSafeInteger(size) || size < 0) throw new Error(`the engine sent a malformed chunk size "${line.slice(0, 40)}"`)
      this.state = size === 0 ? { kind: 'trailer', line: '' } : { kind: 'data', left: size }
    }
    return newline + 1
  }
}

function parseHead(text: string): ResponseHead {
  const [statusLine = '', ...lines] = text.split('\r\n')
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)
  if (!match) throw new Error(`the engine did not answer in HTTP/1.1 ("${statusLine.slice(0, 40)}")`)
  const headers = new Map<string, string>()
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { status: Number(match[1]), headers }
}

function bodyStateFor(head: ResponseHead): BodyState {
  if (/\bchunked\b/i.test(head.headers.get('transfer-encoding') ?? '')) return { kind: 'size', line: '' }
  const length = head.headers.get('content-length')
  if (length !== undefined && /^\d+$/.test(length)) {
    const bytes = Number(length)
    return bytes === 0 ? { kind: 'done' } : { kind: 'length', left: bytes }
  }
  return { kind: 'until-close' }
}
