/** Bytes from a stream as an async iterable; Readable, tar entries and generators all qualify. */
export type ByteSource = AsyncIterable<Uint8Array>

export interface PeekedSource {
  /** At least `want` bytes from the start, fewer only when the source ended sooner. */
  head: Buffer
  /** The whole source again, head included, as one stream. */
  rest: ByteSource
}

/**
 * Reads the first bytes of a stream (to tell gzip from tar from JSON) without losing them: the
 * returned stream yields them again, then the rest of the source.
 */
export async function peek(source: ByteSource, want: number): Promise<PeekedSource> {
  const iterator = source[Symbol.asyncIterator]()
  const taken: Buffer[] = []
  let length = 0
  let ended = false
  while (length < want) {
    const next = await iterator.next()
    if (next.done) {
      ended = true
      break
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength)
    taken.push(chunk)
    length += chunk.length
  }
  const head = Buffer.concat(taken)
  async function* rest(): AsyncGenerator<Uint8Array> {
    try {
      if (head.length > 0) yield head
      if (ended) return
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value
    } finally {
      // A consumer that stops early (an error downstream) must release the source too.
      if (!ended) await iterator.return?.()
    }
  }
  return { head: head.subarray(0, Math.min(head.length, want)), rest: rest() }
}

/** Reads a whole (small) stream; more than `limit` bytes is an error, not a bigger buffer. */
export async function readAll(source: ByteSource, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of source) {
    length += chunk.byteLength
    if (length > limit) throw new Error(`${what} is larger than ${limit} bytes`)
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  }
  return Buffer.concat(chunks)
}

/** Reads a stream to its end, keeping nothing. */
export async function drain(source: ByteSource): Promise<void> {
  for await (const chunk of source) void chunk
}
