import type { ApiHandlers, EmitEvent } from '../../shared/contract'
import type { EngineInfo, EngineStatus, Settings } from '../../shared/model'
import { engineScope } from './cache/engine-scoped-cache'
import { ANALYZER_VERSION } from './analysis'
import { loadCatalog } from './catalog/catalog'
import { createAdviceService } from './advisor/advice-service'
import { createLazyAnalysis } from './analysis-wiring'
import { createLazyCache } from './cache-wiring'
import type { LoadSqlite } from './cache/sqlite-module'
import { createDockerfileService, type DockerfileService } from './dockerfile/dockerfile-service'
import { createEngineService } from './engine/engine-service'
import type { EngineService } from './engine/engine-service-types'
import type { AnalysisService } from './analysis/analysis-service'
import { createImagesService } from './images/images-service'
import { inRequestScopes, snapshotClient } from './images/request-snapshot'
import { createFilesService, type FilesService, type LayersService } from './layers'
import { createPlatformWiring } from './platform-handlers'
import { createNotices } from './notices'
import { createOperations } from './operations/operations'
import { appVersion, createPackagesService, createReportService, exportReport, type ReportShell } from './report'
import { createSettingsStore, type SettingsStore } from './settings/settings-store'

export interface ServicesDeps {
  /** Where settings and the analysis cache live: the app's userData, or the CLI's XDG folder. */
  dataDir: string
  emit: EmitEvent
  /** The environment discovery reads (DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, HOME …). */
  env?: NodeJS.ProcessEnv
  /** Where a problem that is not an answer goes (a corrupt settings file); console.warn by default. */
  warn?: (message: string) => void
  /**
   * false: images.list answers diskUsageBytes null instead of waiting for GET /system/df, which
   * costs twice the list itself. The CLI turns it off to stay as quick as `docker image ls`.
   * Nothing but the list view ever asks for it.
   */
  diskUsage?: boolean
  /** Absent in the CLI, which writes reports itself: report.export then answers INVALID_REQUEST. */
  reportShell?: ReportShell
  /** How the cache loads its native SQLite module; tests inject a failing one (see cache/sqlite-module.ts). */
  loadSqlite?: LoadSqlite
}

export interface Services {
  /** Typed as the contract: one function per method. */
  handlers: ApiHandlers
  /** The analysis service itself, for batch work the contract does not carry (CLI `analyze --all`). */
  analysis: () => AnalysisService
  /** Dockerfiles by path, for what the contract does not carry: main's File › Open, the CLI. */
  dockerfiles: DockerfileService
  /** File-level scans, for the CLI: a scan with progress and no operation events. */
  layers: LayersService
  /** Files read from layers and compared between images, for tests and benches that want the job itself. */
  files: FilesService
  /**
   * Opens the cache and begins watching the engine (events, reconnection). The CLI does not call it.
   * The cache opens here, not with the first list: a damaged cache's notice is then among the
   * notices a window asks for when it loads, never an event sent before its event stream is open.
   */
  start(): void
  dispose(): Promise<void>
}

export type { ReportShell }

/** Composition root: wires engine, images, settings and operations into the contract. */
export function createServices(deps: ServicesDeps): Services {
  const warn = deps.warn ?? ((message: string) => console.warn(`[baseline] ${message}`))
  const settings = createSettingsStore({ dataDir: deps.dataDir, warn })
  // The engine last connected to: cache keys carry it (the same image ID differs between engines).
  let currentEngine = 'none'
  const engine = createEngineService({
    env: deps.env ?? process.env,
    getEndpointSetting: () => settings.get().engineEndpoint,
    emit: (event, payload) => {
      if (event === 'engine.changed') currentEngine = engineScope(payload as EngineStatus) ?? currentEngine
      deps.emit(event, payload)
    },
  })
  // Every engine read below goes through the request's snapshot: one listing, one inspection per image.
  const client = async () => snapshotClient(await engine.client())
  const connectedEngine = async (): Promise<EngineInfo | null> => {
    const status = await engine.status()
    return status.state === 'connected' ? status.engine : null
  }
  const notices = createNotices(deps.emit, warn)
  const cache = createLazyCache({ cacheDir: deps.dataDir, notices, loadSqlite: deps.loadSqlite, engineScope: () => currentEngine })
  const images = createImagesService({
    client,
    facts: () => cache.facts(),
    diskUsage: deps.diskUsage ?? true,
    imageStore: async () => (await connectedEngine())?.imageStore ?? 'unknown',
    knownPlatforms: (ids) => platformWiring.platforms.known(ids),
  })
  const operations = createOperations({ emit: deps.emit })
  const analysis = createLazyAnalysis({ cache, client, snapshot: () => images.snapshot(), getImage: (reference) => images.get(reference) })
  const dockerfiles = createDockerfileService({
    dataDir: deps.dataDir,
    listImages: () => images.snapshot(),
    catalog: loadCatalog,
    localBase: (reference) =>
      analysis().analyze(reference).then(
        (found) => ({ imageId: found.id, sizeBytes: found.sizeBytes, hierarchy: found.base.hierarchy }),
        () => null,
      ),
    warn,
  })
  const advice = createAdviceService({
    analysis,
    listImages: () => images.snapshot(),
    catalog: loadCatalog,
    fileFacts: (imageId) => cache.fileFacts(imageId),
  })
  const platformWiring = createPlatformWiring({
    client,
    cache: () => cache.cache(),
    engine: connectedEngine,
    images,
    analysis,
    operations,
  })
  const layers = platformWiring.layers
  // Before the reports: a comparison of two scanned images carries their file-by-file section.
  const files = createFilesService({
    client,
    cache: () => cache.cache(),
    finalFiles: (reference) => layers.finalFiles(reference),
  })
  const reports = createReportService({
    analysis,
    advice: () => advice,
    getImage: (reference) => images.get(reference),
    engineStatus: () => engine.status(),
    catalog: loadCatalog,
    scanOf: (imageId) => cache.scan(imageId),
    analyzerVersion: ANALYZER_VERSION,
    appVersion,
    compareFiles: (from, to) => files.compare(from, to),
    packages: (imageId) => layers.packages(imageId, null).catch(() => null),
  })
  const packages = createPackagesService({
    inventory: (reference, platform) => layers.packages(reference, platform),
    appVersion,
    nameOf: async (reference) => (await images.get(reference)).summary.tags[0] ?? reference,
  })
  const handlers: ApiHandlers = inRequestScopes<ApiHandlers>({
    'engine.status': (request) => engine.status(request),
    'images.list': () => images.list(),
    ...platformWiring.handlers,
    'images.analyzeMany': async ({ references }) => ({
      analyses: await (references === null ? analysis().analyzeAll() : analysis().analyzeMany(references)),
    }),
    'images.lineage': () => analysis().lineage(),
    'images.suggest': ({ reference, debugInProduction }) => advice.suggest(reference, debugInProduction ?? false),
    'variants.suggest': ({ reference, debugInProduction }) =>
      advice.suggestFrom(reference, debugInProduction ?? false),
    'dockerfile.analyze': ({ contentBase64, name }) => dockerfiles.analyze(contentBase64, name),
    'dockerfile.recent': () => dockerfiles.recent(),
    'dockerfile.openRecent': ({ path }) => dockerfiles.openRecent(path),
    'app.notices': async () => ({ notices: notices.list() }),
    'settings.get': async () => settings.get(),
    'settings.update': (patch) => updateSettings(settings, engine, deps.emit, patch),
    'operations.cancel': async ({ operationId }) => operations.cancel(operationId),
    'images.compare': ({ references }) => reports.compare(references),
    'report.export': ({ references, format }) =>
      exportReport({
        compare: () => reports.compare(references),
        format,
        shell: deps.reportShell,
        lastFolder: settings.get().lastReportFolder,
        rememberFolder: (folder) => (deps.reportShell?.isDownload ? Promise.resolve() : settings.rememberReportFolder(folder)),
      }),
    'packages.list': ({ reference, platform }) => layers.packages(reference, platform ?? null),
    'packages.compare': ({ references: [from = '', to = ''] }) => packages.compare(from, to),
    'packages.sbom': ({ reference, platform }) => packages.sbom(reference, platform ?? null),
    'files.read': async ({ reference, layerIndex, path }) =>
      operations.start('files.read', (signal, report) => files.read(reference, layerIndex, path, signal, report)),
    'files.get': ({ reference, layerIndex, path }) => files.get(reference, layerIndex, path),
    'files.compare': ({ references: [from = '', to = ''] }) => files.compare(from, to),
  })

  return {
    handlers,
    analysis,
    dockerfiles,
    layers,
    files,
    start() {
      cache.cache()
      engine.start()
    },
    async dispose() {
      operations.dispose()
      await Promise.allSettled([engine.dispose(), settings.flush()])
      cache.close()
    },
  }
}

/**
 * A new endpoint setting means a new engine: forget the connection, probe again now and tell every
 * window, even when the state did not flip (one engine swapped for another).
 */
async function updateSettings(
  settings: SettingsStore,
  engine: EngineService,
  emit: EmitEvent,
  patch: Partial<Settings>,
): Promise<Settings> {
  const next = await settings.update(patch)
  if ('engineEndpoint' in patch) {
    engine.reset()
    emit('engine.changed', await engine.status({ refresh: true }))
  }
  return next
}
