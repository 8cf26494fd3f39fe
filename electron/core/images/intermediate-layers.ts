import { ApiError } from '../../../shared/contract'
import type { EngineCallOptions, EngineClient, EngineHistoryEntry, EngineImageInspect } from '../engine/engine-api-types'
import type { FactsStore } from '../facts/facts-store'
import { zeroByteLayersToPlace } from './align-history'
import { mapConcurrent } from './map-concurrent'

const CONCURRENCY = 8

function isPrefix(prefix: string[], whole: string[]): boolean {
  return prefix.length <= whole.length && prefix.every((layer, index) => layer === whole[index])
}

/**
 * Layer counts of the images a local build left behind at each step (history entries that carry
 * an ID rather than "<missing>"), by image ID. Asked only when some zero-byte step must be guessed:
 * each count says exactly how many layers existed after that step. Chains the facts store holds
 * (every listed image's, after a list) are read there; the others are inspected once and kept.
 */
export async function intermediateLayerCounts(
  client: EngineClient,
  inspect: EngineImageInspect,
  history: EngineHistoryEntry[],
  options: EngineCallOptions = {},
  facts: FactsStore | null = null,
): Promise<Map<string, number>> {
  const layers = inspect.RootFS.Layers ?? []
  const steps = history.map((entry) => ({ sizeBytes: Math.max(0, entry.Size), instruction: null }))
  const { missing, zeroSized } = zeroByteLayersToPlace(steps, layers.length)
  const counts = new Map<string, number>()
  if (missing <= 0 || missing >= zeroSized) return counts

  const ids = [...new Set(history.map((entry) => entry.Id))].filter((id) => id !== '<missing>' && id !== '' && id !== inspect.Id)
  await mapConcurrent(ids, CONCURRENCY, async (id) => {
    const own = facts?.diffIds(id) ?? (await layersOf(client, id, options, facts))
    // Only a true ancestor counts: its layers must be the start of this image's layers.
    if (own !== null && isPrefix(own, layers)) counts.set(id, own.length)
  })
  return counts
}

/** An intermediate image removed meanwhile (or any other failure) only costs the evidence. */
async function layersOf(client: EngineClient, id: string, options: EngineCallOptions, facts: FactsStore | null): Promise<string[] | null> {
  try {
    const diffIds = (await client.inspectImage(id, options)).RootFS.Layers ?? []
    facts?.putDiffIds([{ imageId: id, diffIds }])
    return diffIds
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CANCELLED') throw error
    return null
  }
}
