// The layers module reads bytes the engine module produces: the types live with the producer.
export { countingPump, isChunkPump, pumpOf, type ByteSource, type ChunkPump, type ChunkWriter } from '../engine/chunk-pump'
