import type { PackageRecord } from './package-rules'
import { VALUE_LIMIT } from './package-rules'

/**
 * One rpm header as rpmdb.sqlite stores it (rpm's doc/manual/format.md, lib/header.c): no magic,
 * int32 BE index count, int32 BE data length, that many 16-byte index entries (tag, type, offset,
 * count, all BE), then the data store the offsets point into.
 */
const ENTRY_BYTES = 16
/** rpm itself refuses more tags than 0xffff and a data store of 16 MiB or more (hdrchkTags, hdrchkData). */
const MAX_ENTRIES = 0xffff
const MAX_DATA_BYTES = 16 * 1024 * 1024

const TAG = { name: 1000, version: 1001, release: 1002, epoch: 1003, arch: 1022, sourceRpm: 1044 } as const
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 } as const

interface IndexEntry {
  type: number
  offset: number
  count: number
}

/** The package an rpm header describes; null when the blob is not a header or names no package. */
export function parseRpmHeader(blob: Uint8Array): PackageRecord | null {
  const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)
  if (bytes.length < 8) return null
  const entryCount = bytes.readInt32BE(0)
  const dataBytes = bytes.readInt32BE(4)
  if (entryCount < 1 || entryCount > MAX_ENTRIES || dataBytes < 0 || dataBytes >= MAX_DATA_BYTES) return null
  const dataStart = 8 + entryCount * ENTRY_BYTES
  if (dataStart + dataBytes > bytes.length) return null
  const store = bytes.subarray(dataStart, dataStart + dataBytes)
  const entries = new Map<number, IndexEntry>()
  for (let index = 0; index < entryCount; index += 1) {
    const at = 8 + index * ENTRY_BYTES
    const tag = bytes.readInt32BE(at)
    // The first entry of a tag wins, as a repeated Package: field in dpkg's status does.
    if (!entries.has(tag)) entries.set(tag, { type: bytes.readUInt32BE(at + 4), offset: bytes.readInt32BE(at + 8), count: bytes.readUInt32BE(at + 12) })
  }
  const text = (tag: number): string | null => stringOf(store, entries.get(tag))
  const name = text(TAG.name)
  if (name === null) return null
  return { name, version: versionOf(text(TAG.version), text(TAG.release), int32Of(store, entries.get(TAG.epoch))), architecture: text(TAG.arch), source: sourceOf(text(TAG.sourceRpm), name) }
}

/** `[epoch:]version-release`, as rpm -q --qf '%{EVR}' prints it. */
function versionOf(version: string | null, release: string | null, epoch: number | null): string | null {
  if (version === null) return null
  const evr = `${epoch === null ? '' : `${epoch}:`}${version}${release === null ? '' : `-${release}`}`
  return evr.slice(0, VALUE_LIMIT)
}

/** "glibc-2.38-10.fc39.src.rpm" → "glibc": the name before the last two dash-separated parts. */
function sourceOf(sourceRpm: string | null, name: string): string | null {
  if (sourceRpm === null) return null
  const parts = sourceRpm.replace(/\.(no)?src\.rpm$/, '').split('-')
  if (parts.length < 3) return null
  const source = parts.slice(0, -2).join('-')
  return source === '' || source === name ? null : source
}

/** A STRING, or the first of a STRING_ARRAY or I18NSTRING: NUL-terminated inside the store. */
function stringOf(store: Buffer, entry: IndexEntry | undefined): string | null {
  if (entry === undefined || entry.count < 1) return null
  if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString) return null
  if (entry.offset < 0 || entry.offset >= store.length) return null
  const end = store.indexOf(0, entry.offset)
  if (end === -1) return null
  const value = store.toString('utf8', entry.offset, Math.min(end, entry.offset + VALUE_LIMIT * 4)).slice(0, VALUE_LIMIT)
  return value === '' ? null : value
}

function int32Of(store: Buffer, entry: IndexEntry | undefined): number | null {
  if (entry === undefined || entry.type !== TYPE.int32 || entry.count < 1) return null
  if (entry.offset < 0 || entry.offset + 4 > store.length) return null
  return store.readInt32BE(entry.offset)
}
