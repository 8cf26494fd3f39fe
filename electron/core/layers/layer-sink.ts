import type { Transform } from 'node:stream'
import { decompressorFor } from './layer-compression'
import type { BodySink } from './tar-walker'

/** Bytes enough to tell gzip and zstd from a plain tar (their magic numbers are 2 and 4 bytes). */
const MAGIC_BYTES = 4

/**
 * A layer's body arriving in pieces, handed on to `inner` — as it is for a plain tar, or through
 * the decompressor its first bytes call for. Plain layers stay synchronous end to end (no stream,
 * no promise per chunk); a compressed one goes through zlib, whose output arrives later: `drained`
 * is what the reader awaits before the next chunk (backpressure), `finished` after the last.
 */
export class DecompressingSink implements BodySink {
  private head: Buffer[] = []
  private headLength = 0
  private decompressor: Transform | null = null
  private decided = false
  private failure: unknown = null
  private ended: Promise<void> | null = null
  private waiting: Promise<void> | null = null
  /** Ends the current wait for 'drain' at once (see end()). */
  private release: (() => void) | null = null

  constructor(private readonly inner: BodySink) {}

  push(chunk: Buffer): void {
    if (this.failure !== null) return
    if (!this.decided) {
      this.head.push(Buffer.from(chunk))
      this.headLength += chunk.length
      if (this.headLength >= MAGIC_BYTES) this.decide()
      return
    }
    this.forward(chunk)
  }

  end(): void {
    if (!this.decided) this.decide()
    if (this.decompressor === null) {
      this.guard(() => this.inner.end())
      return
    }
    const decompressor = this.decompressor
    // Nothing more comes, so nobody need wait for room: and a Writable that is ending never emits
    // 'drain', so a reader still waiting on it (the layer's last bytes filled zlib's buffer just
    // before its end) would wait for ever.
    this.release?.()
    // 'close' follows 'end', an error and a destroy alike: finished() never waits forever.
    this.ended = new Promise<void>((resolve) => {
      decompressor.once('end', () => this.guard(() => this.inner.end()))
      decompressor.once('close', () => resolve())
    })
    if (decompressor.destroyed) return
    decompressor.end()
  }

  /** Resolves once the decompressor can take more: await it before pushing the next outer chunk. */
  drained(): Promise<void> | null {
    return this.waiting
  }

  /** Resolves when every byte went through; throws what the decompressor or the inner sink threw. */
  async finished(): Promise<void> {
    await this.ended
    if (this.failure !== null) throw this.failure
  }

  /** The reader stopped before this layer's end: free the decompressor; nothing more is pushed. */
  abandon(): void {
    this.fail(new Error('Reading stopped before the end of this layer'))
  }

  get error(): unknown {
    return this.failure
  }

  private decide(): void {
    this.decided = true
    const head = Buffer.concat(this.head)
    this.head = []
    this.decompressor = decompressorFor(head)
    if (this.decompressor !== null) {
      this.decompressor.on('data', (output: Buffer) => this.guard(() => this.inner.push(output)))
      this.decompressor.on('error', (error: unknown) => this.fail(error))
    }
    if (head.length > 0) this.forward(head)
  }

  private forward(chunk: Buffer): void {
    if (this.decompressor === null) {
      this.guard(() => this.inner.push(chunk))
      return
    }
    // zlib keeps the chunk until it has read it; the reader may reuse that memory when we return.
    if (!this.decompressor.write(Buffer.from(chunk)) && this.waiting === null) {
      const decompressor = this.decompressor
      this.waiting = new Promise<void>((resolve) => {
        // Both listeners go when either fires: a once('error') left behind per wait piles up on a
        // long compressed layer (Node warns past ten, on stderr, into `baseline cat`'s output).
        const done = (): void => {
          decompressor.off('drain', done)
          decompressor.off('error', done)
          this.waiting = null
          this.release = null
          resolve()
        }
        this.release = done
        decompressor.on('drain', done)
        decompressor.on('error', done)
      })
    }
  }

  private guard(work: () => void): void {
    if (this.failure !== null) return
    try {
      work()
    } catch (error) {
      this.fail(error)
    }
  }

  private fail(error: unknown): void {
    if (this.failure === null) this.failure = error
    this.decompressor?.destroy()
  }
}
