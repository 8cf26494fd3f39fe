import type { CacheEntryInput } from './cache-store'
import { describeError } from './sqlite-errors'

/** An entry ready for SQLite: its JSON text and the bytes that count against the size cap. */
export interface SerializedEntry {
  kind: string
  imageId: string
  json: string
  sizeBytes: number
}

/** A value JSON cannot represent (undefined, a cycle, a BigInt) is a caller's bug: logged, not stored. */
export function serializeEntries(entries: readonly CacheEntryInput[], log: (message: string) => void): SerializedEntry[] {
  const out: SerializedEntry[] = []
  for (const { kind, imageId, value } of entries) {
    try {
      const json = JSON.stringify(value) as string | undefined
      if (json === undefined) throw new TypeError('the value has no JSON form')
      out.push({ kind, imageId, json, sizeBytes: Buffer.byteLength(json) })
    } catch (error) {
      log(`Cache entry ${kind} ${imageId} not stored: ${describeError(error)}`)
    }
  }
  return out
}

export function parseValue<T>(json: string, log: (message: string) => void): T | null {
  try {
    return JSON.parse(json) as T
  } catch (error) {
    log(`Cache entry unreadable, treated as missing: ${describeError(error)}`)
    return null
  }
}
