import type {
  AppNotice,
  Comparison,
  DockerfileAnalysis,
  FileComparison,
  FileContent,
  FileEntry,
  LayerScan,
  OperationStarted,
  PackageDiff,
  PackageInventory,
  ReportFormat,
  TreeScope,
  EngineStatus,
  ImageAnalysis,
  ImageDetail,
  ImageList,
  Lineage,
  Settings,
  VariantAdvice,
} from '../model'

type Empty = Record<string, never>

export interface RecentDockerfile {
  path: string
  name: string
  /** ISO 8601. */
  openedAt: string
}

/** A Dockerfile read from disk by the core, as bytes the renderer passes back to dockerfile.analyze. */
export interface OpenedDockerfile {
  path: string
  name: string
  contentBase64: string
}

/**
 * One image as a request names it: `reference` is an image ID (full or short) or a name such as
 * "python:3.12"; `platform` ("linux/arm64/v8") picks one platform of a multi-platform image — the
 * platform is part of the image's identity. Absent or null: the engine's own platform.
 */
export interface ImageRequest {
  reference: string
  platform?: string | null
}

/**
 * Every method of the API: `domain.verb`, one request object in, one JSON-safe response out.
 * Adding a method here without adding it to `methodNames` (and a guard) fails to compile.
 */
export interface ApiMethods {
  /** Which endpoint answered, or every endpoint tried and why it failed. `refresh` probes again now. */
  'engine.status': { request: { refresh?: boolean }; response: EngineStatus }
  'images.list': { request: Empty; response: ImageList }
  'images.get': { request: ImageRequest; response: ImageDetail }
  /** Base hierarchy with evidence, base and own layers, pinning of the base, and whether it moved. */
  'images.analyze': { request: ImageRequest; response: ImageAnalysis }
  /** Several images (or, with null, every local one) analysed over one listing: `baseline analyze --all`. */
  'images.analyzeMany': { request: { references: string[] | null }; response: { analyses: ImageAnalysis[] } }
  /** Every local image in a forest by layer-chain prefix; untagged and dangling images included. */
  'images.lineage': { request: Empty; response: Lineage }
  /** Smaller variants of this image's base, side by side with it; `debugInProduction` keeps a shell. */
  'images.suggest': { request: { reference: string; debugInProduction?: boolean }; response: VariantAdvice }
  /** The same for a bare reference (a FROM line): catalogue and local figures, no engine needed. */
  'variants.suggest': { request: { reference: string; debugInProduction?: boolean }; response: VariantAdvice }
  /**
   * A Dockerfile's bytes (base64, as dropped or opened), analysed before anything is built. The core
   * judges the content (binary, invalid UTF-8, too large, no FROM …) and answers INVALID_INPUT.
   */
  'dockerfile.analyze': { request: { contentBase64: string; name?: string }; response: DockerfileAnalysis }
  /** Dockerfiles opened through File › Open, newest first. */
  'dockerfile.recent': { request: Empty; response: { files: RecentDockerfile[] } }
  /** Reopens one of `dockerfile.recent` (only those: the renderer never picks a path itself). */
  'dockerfile.openRecent': { request: { path: string }; response: OpenedDockerfile }
  /** Things a person must be told that are not answers (the cache was rebuilt, runs in memory …). */
  'app.notices': { request: Empty; response: { notices: AppNotice[] } }
  'settings.get': { request: Empty; response: Settings }
  'settings.update': { request: Partial<Settings>; response: Settings }
  'operations.cancel': { request: { operationId: string }; response: { cancelled: boolean } }
  /**
   * Two or more images side by side (2–16). A reference not on this machine but in the catalogue
   * (a Dockerfile's suggested base) becomes a catalogue column; anything else is IMAGE_NOT_FOUND.
   */
  'images.compare': { request: { references: string[] }; response: Comparison }
  /**
   * The comparison of these images written as a report: main asks where to save with a native
   * dialog (starting in the last folder used). `path` null: the person cancelled the dialog.
   */
  'report.export': { request: { references: string[]; format: ReportFormat }; response: { path: string | null } }
  /**
   * Starts the file-level scan of an image's exported layers (an operation: progress, cancel).
   * Answers at once; a cached scan finishes at once. Read the result with layers.get.
   */
  'layers.scan': { request: ImageRequest; response: OperationStarted }
  /** The scan of this image if one was made (cached by image ID); null when it was not scanned yet. */
  'layers.get': { request: ImageRequest; response: LayerScan | null }
  /**
   * The files of one scanned layer (`scope` 'layer': that layer's own entries with their change) or
   * of the filesystem as it stands after that layer ('cumulative'). INVALID_INPUT when not scanned.
   */
  'layers.tree': {
    request: ImageRequest & { layerIndex: number; scope: TreeScope }
    response: { entries: FileEntry[] }
  }
  /** The packages a scan found (dpkg, apk, rpm, Python, Node), with the layer of each. INVALID_INPUT when not scanned. */
  'packages.list': { request: ImageRequest; response: PackageInventory }
  /** Packages only in the first image, only in the second, and at different versions, with counts. Both scanned. */
  'packages.compare': { request: { references: string[] }; response: PackageDiff }
  /** The inventory as a CycloneDX 1.6 JSON document, with the file name to save it under. */
  'packages.sbom': { request: ImageRequest; response: { fileName: string; content: string } }
  /**
   * Starts reading one file of an image as of one layer (null: the top one) from the engine's
   * export: an operation (progress, cancel) that stops reading once that layer has passed. The
   * first FILE_READ_MAX_BYTES bytes are kept. Read the result with files.get.
   */
  'files.read': { request: FileRequest; response: OperationStarted }
  /** A file files.read has read (cached by engine, image, layer and path); null when not read yet. */
  'files.get': { request: FileRequest; response: FileContent | null }
  /**
   * Two scanned images compared file by file (their final filesystems): what moving from the
   * first to the second adds, removes and changes. INVALID_INPUT when either is not scanned.
   */
  'files.compare': { request: { references: string[] }; response: FileComparison }
}

/** One path of an image as of one layer; `layerIndex` null means the top layer (the image as it runs). */
export interface FileRequest {
  reference: string
  layerIndex: number | null
  /** Inside the image, "/etc/os-release"; at most FILE_PATH_MAX_LENGTH characters. */
  path: string
}

export type MethodName = keyof ApiMethods
export type RequestOf<M extends MethodName> = ApiMethods[M]['request']
export type ResponseOf<M extends MethodName> = ApiMethods[M]['response']

/** The runtime list the shell, preload and test harness loop over. */
export const methodNames = [
  'engine.status',
  'images.list',
  'images.get',
  'images.analyze',
  'images.analyzeMany',
  'images.lineage',
  'images.suggest',
  'variants.suggest',
  'dockerfile.analyze',
  'dockerfile.recent',
  'dockerfile.openRecent',
  'app.notices',
  'settings.get',
  'settings.update',
  'operations.cancel',
  'images.compare',
  'report.export',
  'layers.scan',
  'layers.get',
  'layers.tree',
  'packages.list',
  'packages.compare',
  'packages.sbom',
  'files.read',
  'files.get',
  'files.compare',
] as const satisfies readonly MethodName[]

// Compile-time proof that the list names every method of the map.
type Unlisted = Exclude<MethodName, (typeof methodNames)[number]>
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true
void everyMethodListed

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && (methodNames as readonly string[]).includes(value)
}

/** The object typed as the contract that the core's composition root returns. */
export type ApiHandlers = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>> }
