import { ApiError } from '../../../shared/contract'

/** Bytes from a stream as an async iterable; Readable, tar entries and generators all qualify. */
export type ByteSource = AsyncIterable<Uint8Array>

/** Takes one chunk; a returned promise asks the source to wait for it before the next (backpressure). */
export type ChunkWriter = (chunk: Buffer) => Promise<void> | null

/**
 * A source that pushes its bytes instead of being iterated: each chunk is valid only during the
 * call (a socket may read the next bytes into the same memory), so a writer copies what it keeps.
 * The engine's export comes this way: an async iterator over Node's HTTP response allocated a
 * buffer per read and copied them together again, and the scan spent more CPU in that and the
 * garbage collector behind it than in reading the tar (see engine/export-socket.ts).
 */
export interface ChunkPump {
  readonly kind: 'pump'
  /** Resolves after the last chunk was written; rejects when the source fails or `signal` aborts. */
  pump(write: ChunkWriter, signal?: AbortSignal): Promise<void>
}

export function isChunkPump(source: ByteSource | ChunkPump): source is ChunkPump {
  return (source as ChunkPump).kind === 'pump'
}

/** Any source as a pump: an async iterable is iterated, one chunk at a time. */
export function pumpOf(source: ByteSource | ChunkPump): ChunkPump {
  if (isChunkPump(source)) return source
  return {
    kind: 'pump',
    async pump(write, signal) {
      for await (const chunk of source) {
        if (signal?.aborted) return
        await write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
      }
    },
  }
}

/** The same bytes, counted: `onBytes` gets the running total after each chunk; an abort ends it with CANCELLED. */
export function countingPump(source: ByteSource | ChunkPump, onBytes: (bytesRead: number) => void, signal?: AbortSignal): ChunkPump {
  const inner = pumpOf(source)
  let bytesRead = 0
  return {
    kind: 'pump',
    pump: (write, pumpSignal) => inner.pump((chunk) => {
      if (signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
      bytesRead += chunk.byteLength
      onBytes(bytesRead)
      return write(chunk)
    }, pumpSignal),
  }
}
