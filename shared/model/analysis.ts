import type { PinningVerdict } from '../lib/pinning'
import type { HistoryStep } from './image'

/** How a base was found, most trusted first (DESIGN.md, "Base detection"). */
export type BaseMethod = 'label' | 'layer-chain' | 'history' | 'none'

/** One level of an image's ancestry: its base, the base's base … */
export interface BaseLevel {
  /** The most specific tag naming it ("python:3.12.3-slim" over "python:3.12-slim" over latest); null when untagged or unknown. */
  reference: string | null
  /** Other tags that name the same image. */
  aliases: string[]
  /** The local image ID when the base is on this machine. */
  imageId: string | null
  method: BaseMethod
  /** 1 for labels and exact layer chains; below 1 for a history fingerprint. */
  confidence: number
  /** In words: "the first 4 of 6 layers are exactly debian:bookworm-slim (sha256:…)". */
  evidence: string
  /** Layers (diff IDs) of this image that belong to the base: the boundary. */
  layerCount: number
  /** History steps that belong to the base (empty steps included). */
  historyCount: number
  isUntagged: boolean
}

export interface AnalyzedLayer extends HistoryStep {
  owner: 'base' | 'own'
}

export interface BaseDetection extends BaseLevel {
  /** References from the nearest base to the root: [python:3.12-slim, debian:bookworm-slim]; untagged levels appear as short IDs. */
  hierarchy: string[]
  levels: BaseLevel[]
}

export interface PinningSummary {
  reference: string | null
  class: PinningVerdict
  explanation: string
}

export interface ImageAnalysis {
  analyzerVersion: string
  id: string
  tags: string[]
  sizeBytes: number
  baseSizeBytes: number
  ownSizeBytes: number
  layers: AnalyzedLayer[]
  base: BaseDetection
  pinning: PinningSummary
  /** The base's tag now names another image than the one whose layers this image carries; null when unknowable. */
  baseMoved: boolean | null
  baseMovedDetail: string | null
  /** 1 when layers, a label or a remembered image ID say it; lower for an inference from build history; null when unknown. */
  baseMovedConfidence: number | null
  analyzedAt: string
}

export interface LineageNode {
  imageId: string
  tags: string[]
  isDangling: boolean
  isUntagged: boolean
  sizeBytes: number
  /** Bytes of the layers this image adds on top of its parent in the forest. */
  ownSizeBytes: number
  layerCount: number
  children: LineageNode[]
}

export interface Lineage {
  roots: LineageNode[]
  imageCount: number
}
