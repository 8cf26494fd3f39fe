import type { HistoryAlignment } from '../../../shared/model'

/** The diff ID of an empty tar archive: the layer a step leaves when it changed no file. */
export const EMPTY_LAYER_DIFF_ID = 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'

export interface AlignableStep {
  sizeBytes: number
  /** As parseCreatedBy reads it: RUN, COPY, ENV …, IMPORT, or null. */
  instruction: string | null
  /**
   * How many layers the image had once this step ran, when known: a local build keeps each step's
   * image, whose RootFS says so. Turns a guess into a fact.
   */
  layersAfter?: number | null
}

export interface HistoryLayerAlignment {
  /** One entry per step, in the steps' order: the layer it produced, or null. */
  diffIds: (string | null)[]
  alignment: HistoryAlignment
}

// How likely a zero-byte step is to have produced a layer, judged by its instruction. COPY and ADD
// always commit one; a RUN does unless it changed nothing; the classic builder's WORKDIR does when
// it creates the directory (measured on Engine 20.10); metadata instructions never do.
const ALWAYS = new Set(['COPY', 'ADD', 'IMPORT'])
const OFTEN = new Set(['RUN', 'WORKDIR'])
function likelihood(step: AlignableStep): number {
  if (step.instruction === null) return 1
  if (ALWAYS.has(step.instruction)) return 3
  return OFTEN.has(step.instruction) ? 2 : 0
}
// A step that added bytes cannot have left an empty tar; allowed only to keep a best effort.
const CONTRADICTION = -1000
/**
 * What engines report for a layer that holds nothing, where Docker 20.10 says 0: Podman 4.3 gives
 * the layer's tar size (1,024 bytes of end marker), Docker 26.1 on the containerd store the
 * snapshot's disk use (one 4,096-byte block). A step of exactly this size may own an empty tar.
 */
const EMPTY_LAYER_REPORTED_BYTES = new Set([1024, 4096])

/** Layers still to place once every step that added bytes has its own: 0 < k < zero-byte steps. */
export function zeroByteLayersToPlace(steps: AlignableStep[], layerCount: number): { missing: number; zeroSized: number } {
  const sized = steps.filter((step) => step.sizeBytes > 0).length
  return { missing: layerCount - sized, zeroSized: steps.length - sized }
}

/**
 * Matches history steps (oldest first) with RootFS layers (bottom first). GET /images/{name}/history
 * does not carry the image config's `empty_layer` flag, so: steps that added bytes own a layer each,
 * in order; the remaining layers go to zero-byte steps, by known layer counts first, then by what
 * their instruction can produce; an empty-tar layer only ever goes to a zero-byte step.
 */
export function alignHistory(steps: AlignableStep[], layers: string[]): HistoryLayerAlignment {
  const { missing, zeroSized } = zeroByteLayersToPlace(steps, layers.length)
  if (missing < 0 || missing > zeroSized) {
    return { diffIds: steps.map(() => null), alignment: 'mismatch' }
  }
  const counts = pinnedCounts(steps, layers.length)
  const pinnedTable = fillTable(steps, layers, counts)
  // Counts that contradict each other are dropped rather than trusted.
  const pinned = pinnedTable === null ? null : counts
  const table = pinnedTable ?? fillTable(steps, layers, null)!
  const owners = traceBack(table, steps, layers)
  const diffIds = steps.map(() => null as string | null)
  owners.forEach((stepIndex, layerIndex) => {
    if (stepIndex >= 0) diffIds[stepIndex] = layers[layerIndex] ?? null
  })
  if (table[steps.length]![layers.length]! < CONTRADICTION / 2) return { diffIds, alignment: 'mismatch' }
  const decided = missing === 0 || missing === zeroSized || (pinned !== null && everyZeroByteStepDecided(steps, pinned))
  return { diffIds, alignment: decided ? 'exact' : 'inferred' }
}

/** Layers after each step (index i = after i steps) where known: 0 at the start, all at the end. */
function pinnedCounts(steps: AlignableStep[], layerCount: number): (number | null)[] {
  const pinned: (number | null)[] = steps.map((step) => step.layersAfter ?? null)
  return [0, ...pinned.slice(0, -1), layerCount]
}

/** A zero-byte step is decided when the layer count is known on both sides of it. */
function everyZeroByteStepDecided(steps: AlignableStep[], pinned: (number | null)[]): boolean {
  const known = [...pinned]
  // A step that added bytes adds exactly one layer: carry what is known across it both ways.
  for (let i = 1; i <= steps.length; i += 1) {
    if (known[i] === null && known[i - 1] !== null && steps[i - 1]!.sizeBytes > 0) known[i] = known[i - 1]! + 1
  }
  for (let i = steps.length; i >= 1; i -= 1) {
    if (known[i - 1] === null && known[i] !== null && steps[i - 1]!.sizeBytes > 0) known[i - 1] = known[i]! - 1
  }
  return steps.every((step, index) => step.sizeBytes > 0 || (known[index] !== null && known[index + 1] !== null))
}

function stepScore(step: AlignableStep, layer: string): number {
  if (step.sizeBytes > 0) return layer === EMPTY_LAYER_DIFF_ID && !EMPTY_LAYER_REPORTED_BYTES.has(step.sizeBytes) ? CONTRADICTION : 0
  return likelihood(step)
}

/**
 * Dynamic programming over (steps taken, layers matched): the best total likelihood of an in-order
 * assignment. Steps that added bytes can never be skipped; rows with a known count allow only that
 * column. Null when the known counts leave no assignment at all.
 */
function fillTable(steps: AlignableStep[], layers: string[], pinned: (number | null)[] | null): number[][] | null {
  const columns = layers.length + 1
  const table: number[][] = [Array.from({ length: columns }, (_, j) => (j === 0 ? 0 : -Infinity))]
  for (let i = 1; i <= steps.length; i += 1) {
    const step = steps[i - 1]!
    const previous = table[i - 1]!
    const row = Array.from({ length: columns }, (_, j) => {
      if (pinned !== null && pinned[i] !== null && pinned[i] !== j) return -Infinity
      const skip = step.sizeBytes > 0 ? -Infinity : previous[j]!
      const take = j > 0 ? previous[j - 1]! + stepScore(step, layers[j - 1]!) : -Infinity
      return Math.max(skip, take)
    })
    table.push(row)
  }
  return table[steps.length]![layers.length] === -Infinity ? null : table
}

/** Walks the table back from the end, returning each layer's step; on a tie the later step takes it. */
function traceBack(table: number[][], steps: AlignableStep[], layers: string[]): number[] {
  const owners = new Array<number>(layers.length).fill(-1)
  let j = layers.length
  for (let i = steps.length; i > 0 && j > 0; i -= 1) {
    const take = table[i - 1]![j - 1]! + stepScore(steps[i - 1]!, layers[j - 1]!)
    if (take === table[i]![j]) {
      j -= 1
      owners[j] = i - 1
    }
  }
  return owners
}
