import { createGunzip, createZstdDecompress } from 'node:zlib'
import type { Transform } from 'node:stream'

const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

export type LayerCompression = 'plain' | 'gzip' | 'zstd'

const startsWith = (head: Buffer, magic: number[]): boolean => magic.every((byte, index) => head[index] === byte)

/**
 * A layer's bytes may be a plain tar, gzip or zstd whatever its name or media type says (OCI blobs
 * have no extension, and a legacy `layer.tar` may hold a compressed blob), so the first bytes
 * decide: the magic numbers of RFC 1952 and RFC 8878.
 */
export function compressionOf(head: Buffer): LayerCompression {
  if (startsWith(head, GZIP_MAGIC)) return 'gzip'
  if (startsWith(head, ZSTD_MAGIC)) return 'zstd'
  return 'plain'
}

/** The stream that undoes the layer's compression (Node 24's zlib has zstd), or null for a plain tar. */
export function decompressorFor(head: Buffer): Transform | null {
  switch (compressionOf(head)) {
    case 'gzip':
      return createGunzip()
    case 'zstd':
      return createZstdDecompress()
    case 'plain':
      return null
  }
}
