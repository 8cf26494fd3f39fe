/** Bytes from a stream as an async iterable; Readable, tar entries and generators all qualify. */
export type ByteSource = AsyncIterable<Uint8Array>
