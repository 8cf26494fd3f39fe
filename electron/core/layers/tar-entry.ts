import type { Extract } from 'tar-stream'
import type { ByteSource } from './byte-source'

/** One entry of tar-stream's extractor: its header, and its body as a byte stream. */
export type TarEntry = Extract extends AsyncIterable<infer Entry> ? Entry : never

/** An entry's body: tar-stream pushes Buffers, but streamx types what its Readable yields as unknown. */
export function bodyOf(entry: TarEntry): ByteSource {
  return entry as unknown as ByteSource
}
