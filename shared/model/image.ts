/** One row of the image list: one image ID, with every tag that names it. */
export interface ImageSummary {
  /** Full content address, "sha256:…". */
  id: string
  /** "repo:tag" references; empty when the image is untagged. */
  tags: string[]
  /** "repo@sha256:…"; empty for images built locally. */
  repoDigests: string[]
  /** No tag and no digest: nothing names it any more (docker shows <none>:<none>). */
  isDangling: boolean
  /**
   * "On disk": what the engine's store holds for the image, its `docker image ls` SIZE — unpacked
   * layers under a graph driver (overlay2) and on Podman (which counts layer tars), content plus
   * unpacked snapshots under the containerd image store. The one figure called "on disk" anywhere.
   */
  sizeBytes: number
  /** ISO 8601. */
  createdAt: string
  layerCount: number
  labels: Record<string, string>
}

/** One platform an image's index lists (attestation manifests left out). */
export interface ImagePlatform {
  /** "linux/amd64", "linux/arm64/v8". */
  platform: string
  /** Its manifest and layers are on this machine; an index pulled for one platform lists others it never fetched. */
  isPresent: boolean
}

export interface ImageList {
  images: ImageSummary[]
  /**
   * The platforms of each multi-platform image (an OCI index) by image ID, as far as they are
   * known: on Docker API 1.47+ from the list itself, below that from the image's export once it was
   * read (a scan, or the image page). Images of one platform are absent.
   */
  platformsById: Record<string, ImagePlatform[]>
  /** Sum of every image's size: shared layers are counted once per image that has them. */
  totalSizeBytes: number
  /** What images really occupy on disk (shared layers once), when the engine could tell. */
  diskUsageBytes: number | null
}

/** One step of an image's history, aligned with the layer it produced (if any). */
export interface HistoryStep {
  /** 1-based position in build order (1 = the first step ever run). */
  step: number
  /** Dockerfile instruction: RUN, COPY, ENV …; "IMPORT" for an imported root; null when unknown. */
  instruction: string | null
  /** The command as written, without the "/bin/sh -c #(nop)" noise. */
  createdBy: string
  sizeBytes: number
  /** A metadata-only step (ENV, CMD, LABEL …): it produced no layer. */
  isEmpty: boolean
  createdAt: string | null
  comment: string | null
  /** The layer this step produced; null for empty steps. */
  diffId: string | null
  /** Tags of a local image whose top is this step (the engine only knows these for local parents). */
  tags: string[]
}

/**
 * How history steps were matched with layers. The engine's history API does not say which steps
 * are empty, so zero-byte steps are placed by what their instruction can produce.
 */
export type HistoryAlignment = 'exact' | 'inferred' | 'mismatch'

export interface ImageDetail {
  summary: ImageSummary
  /**
   * "Content": the compressed blobs (manifest, config, layers) the containerd image store keeps,
   * which image inspect reports as Size there. Null where the engine keeps no compressed content
   * (a graph driver, Podman): only "on disk" exists there.
   */
  contentBytes: number | null
  /**
   * Every platform the image's index lists, or empty for an image of one platform. The figures
   * and steps of this detail describe `os/architecture/variant` below, the platform it was asked for.
   */
  platforms: ImagePlatform[]
  architecture: string
  os: string
  variant: string | null
  author: string | null
  config: {
    user: string | null
    workingDir: string | null
    entrypoint: string[] | null
    cmd: string[] | null
    env: string[]
    exposedPorts: string[]
  }
  /** RootFS diff IDs, bottom layer first. */
  diffIds: string[]
  /** Oldest step first. */
  history: HistoryStep[]
  alignment: HistoryAlignment
}
