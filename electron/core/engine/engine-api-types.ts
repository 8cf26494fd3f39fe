import type { ChunkPump } from './chunk-pump'

/**
 * The Docker Engine API's own JSON shapes (API 1.41+), as far as Baseline reads them. These are
 * ours, not dockerode's: dockerode's types stay inside electron/core/engine.
 */
export interface EngineImageSummary {
  Id: string
  ParentId: string
  RepoTags: string[] | null
  RepoDigests: string[] | null
  /** Unix seconds. */
  Created: number
  Size: number
  Labels: Record<string, string> | null
  /** API 1.47+ with `manifests=1`, the containerd store only: one entry per manifest of the image's index. */
  Manifests?: EngineManifestSummary[] | null
}

/** One manifest of GET /images/json?manifests=1 (API 1.47+). */
export interface EngineManifestSummary {
  /** "image", "attestation" or "unknown". */
  Kind: string
  /** Its content is on this machine. */
  Available: boolean
  ImageData?: { Platform?: { os?: string; architecture?: string; variant?: string } } | null
}

export interface EngineImageInspect {
  Id: string
  RepoTags: string[] | null
  RepoDigests: string[] | null
  Parent: string
  Comment: string
  /** RFC 3339 */
  Created: string
  Author: string
  Architecture: string
  Variant?: string
  Os: string
  Size: number
  Config: {
    User?: string
    WorkingDir?: string
    Entrypoint?: string[] | null
    Cmd?: string[] | null
    Env?: string[] | null
    ExposedPorts?: Record<string, unknown> | null
    Labels?: Record<string, string> | null
  } | null
  RootFS: { Type: string; Layers?: string[] }
}

/** One entry of GET /images/{name}/history: newest first, as the engine sends it. */
export interface EngineHistoryEntry {
  Id: string
  /** Unix seconds. */
  Created: number
  CreatedBy: string
  Tags: string[] | null
  Size: number
  Comment: string
}

export interface EngineVersion {
  Version: string
  ApiVersion: string
  Os: string
  Arch: string
  Platform?: { Name: string }
  /** "Podman Engine", "Engine", "containerd" … — Podman names itself here. */
  Components?: Array<{ Name: string; Version: string }>
  /** Not part of /version: GET /info's Driver and DriverStatus, read by the probe alongside. */
  Storage?: { Driver: string; DriverStatus: Array<[string, string]> }
}

/** One decoded message of GET /events. */
export interface EngineEvent {
  Type: string
  Action: string
  Actor?: { ID: string; Attributes?: Record<string, string> }
  time?: number
}

export interface EngineCallOptions {
  signal?: AbortSignal
  /**
   * "linux/arm64/v8": sent to inspect, history and export as the engine's `platform` query. Pass it
   * only where the engine's API takes it (engine/platform-query.ts); older engines ignore it silently.
   */
  platform?: string
}

/**
 * Everything the rest of the core may ask of a connected engine. Errors are thrown as ApiError
 * (DOCKER_UNREACHABLE when the connection fails, IMAGE_NOT_FOUND for a 404 on an image).
 */
export interface EngineClient {
  /** `manifests`: ask for each image's per-platform manifests (API 1.47+). */
  listImages(options?: EngineCallOptions & { manifests?: boolean }): Promise<EngineImageSummary[]>
  inspectImage(reference: string, options?: EngineCallOptions): Promise<EngineImageInspect>
  imageHistory(reference: string, options?: EngineCallOptions): Promise<EngineHistoryEntry[]>
  /** Bytes all images occupy with shared layers counted once (GET /system/df LayersSize); null if unknown. */
  imagesDiskUsage(options?: EngineCallOptions): Promise<number | null>
  version(options?: EngineCallOptions): Promise<EngineVersion>
  /**
   * GET /images/{name}/get: the image as `docker save` writes it, streamed. Resolves when the
   * engine starts sending (it stages the whole export first); aborting the signal ends the request.
   * Pushed chunk by chunk, each valid only during its call (see ChunkPump).
   */
  exportImage(reference: string, options?: EngineCallOptions): Promise<ChunkPump>
}
