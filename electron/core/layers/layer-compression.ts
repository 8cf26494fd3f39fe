import { createGunzip } from 'node:zlib'
import type { Transform } from 'node:stream'
import { ApiError } from '../../../shared/contract'

const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

const startsWith = (head: Buffer, magic: number[]): boolean => magic.every((byte, index) => head[index] === byte)

export function isGzip(head: Buffer): boolean {
  return startsWith(head, GZIP_MAGIC)
}

/**
 * A layer's bytes may be a plain tar, gzip or zstd whatever its name says (OCI blobs have no
 * extension). gzip is undone in the stream; Node 20's zlib has no zstd (it arrives in Node 22.15),
 * so a zstd layer is refused with words a person can act on.
 */
export function decompressorFor(head: Buffer, layerName: string): Transform | null {
  if (startsWith(head, ZSTD_MAGIC)) {
    throw new ApiError(
      'INVALID_INPUT',
      `Layer ${layerName} is compressed with zstd, which Baseline cannot read while it runs on Node 20 (its zlib has no zstd). ` +
        'Export the image with gzip or uncompressed layers to scan it.',
    )
  }
  return isGzip(head) ? createGunzip() : null
}
