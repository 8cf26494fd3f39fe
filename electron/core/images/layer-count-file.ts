import { writeAtomically } from '../files/write-atomically'
import { readFileSync } from 'node:fs'
import type { LayerCountMemo } from './list-images'

export const LAYER_COUNT_FILE = 'layer-counts.json'
const VERSION = 1
const IMAGE_ID = /^sha256:[0-9a-f]{64}$/

/**
 * The layer-count memo kept on disk, so a new process (every CLI run) does not inspect every image
 * again: counting layers costs one inspect per image, about as much as the whole list. Image IDs
 * are content addresses, so an entry is never wrong, only unused; a bad file is just ignored.
 */
export interface LayerCountFile {
  load(): LayerCountMemo
  /** Writes the memo when it differs from what the file holds; resolves once written. */
  save(memo: LayerCountMemo): Promise<void>
}

export function createLayerCountFile(path: string): LayerCountFile {
  let written = ''
  return {
    load() {
      const memo: LayerCountMemo = new Map()
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch {
        return memo
      }
      for (const [id, count] of Object.entries(countsIn(text))) {
        if (IMAGE_ID.test(id) && Number.isSafeInteger(count) && (count as number) >= 0) memo.set(id, count as number)
      }
      written = serialise(memo)
      return memo
    },
    async save(memo) {
      const text = serialise(memo)
      if (text === written) return
      written = text
      await writeAtomically(path, text).catch(() => {
        // Only speed is lost: the next run inspects again.
        written = ''
      })
    },
  }
}

function countsIn(text: string): Record<string, unknown> {
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body !== 'object' || body === null) return {}
    const { version, layerCounts } = body as Record<string, unknown>
    if (version !== VERSION || typeof layerCounts !== 'object' || layerCounts === null) return {}
    return layerCounts as Record<string, unknown>
  } catch {
    return {}
  }
}

function serialise(memo: LayerCountMemo): string {
  const entries = [...memo].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return JSON.stringify({ version: VERSION, layerCounts: Object.fromEntries(entries) })
}
