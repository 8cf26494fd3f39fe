// The analysis module's public face: what services, the CLI and the cache import.
export { ANALYZER_VERSION } from './analyzer-version'
export { analyzeImage, basePinning, type AnalyzeImageInput } from './analyze-image'
export { detectBaseMoved, rebuildCandidates, type BaseMovedInput, type BaseMovedVerdict, type RememberedBase } from './base-moved'
export { detectBase, NO_BASE_EVIDENCE } from './detect-base'
export { detectHierarchy, levelName, MAX_HIERARCHY_DEPTH } from './hierarchy'
export { assignLayerOwnership, type LayerOwnership } from './layer-ownership'
export { buildLineage } from './lineage'
export { indexLocalImages, type LocalImage, type LocalIndex } from './local-images'
