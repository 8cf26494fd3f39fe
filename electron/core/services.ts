import { join } from 'node:path'
import type { ApiHandlers, EmitEvent } from '../../shared/contract'
import type { EngineInfo, EngineStatus, Settings } from '../../shared/model'
import { engineScope } from './cache/engine-scoped-cache'
import { ANALYZER_VERSION, loadCatalog } from './analysis'
import { createAdviceService } from './advisor/advice-service'
import { createLazyAnalysis } from './analysis-wiring'
import type { LoadSqlite } from './cache/sqlite-module'
import { createDockerfileService, type DockerfileService } from './dockerfile/dockerfile-service'
import { createEngineService } from './engine/engine-service'
import type { EngineService } from './engine/engine-service-types'
import type { AnalysisService } from './analysis/analysis-service'
import { createImagesService } from './images/images-service'
import { createLayerCountFile, LAYER_COUNT_FILE } from './images/layer-count-file'
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
  /** Begins watching the engine (events, reconnection). The CLI does not call it. */
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
  const connectedEngine = async (): Promise<EngineInfo | null> => {
    const status = await engine.status()
    return status.state === 'connected' ? status.engine : null
  }
  const images = createImagesService({
    client: () => engine.client(),
    layerCountFile: createLayerCountFile(join(deps.dataDir, LAYER_COUNT_FILE)),
    diskUsage: deps.diskUsage ?? true,
    imageStore: async () => (await connectedEngine())?.imageStore ?? 'unknown',
    knownPlatforms: (ids) => platformWiring.platforms.known(ids),
  })
  const operations = createOperations({ emit: deps.emit })
  const notices = createNotices(deps.emit, warn)
  const analysis = createLazyAnalysis({
    cacheDir: deps.dataDir,
    client: () => engine.client(),
    listImages: () => images.list(),
    getImage: (reference) => images.get(reference),
    notices,
    loadSqlite: deps.loadSqlite,
    engineScope: () => currentEngine,
  })
  const dockerfiles = createDockerfileService({
    dataDir: deps.dataDir,
    listImages: () => images.list(),
    catalog: loadCatalog,
    localBase: (reference) =>
      analysis.service().analyze(reference).then(
        (found) => ({ imageId: found.id, sizeBytes: found.sizeBytes, hierarchy: found.base.hierarchy }),
        () => null,
      ),
    warn,
  })

  const advice = createAdviceService({
    analysis: () => analysis.service(),
    listImages: () => images.list(),
    catalog: loadCatalog,
    fileFacts: (imageId) => analysis.fileFacts(imageId),
  })
  const platformWiring = createPlatformWiring({
    client: () => engine.client(),
    cache: () => analysis.cache(),
    engine: connectedEngine,
    images,
    analysis: () => analysis.service(),
    operations,
  })
  const layers = platformWiring.layers
  // Before the reports: a comparison of two scanned images carries their file-by-file section.
  const files = createFilesService({
    client: () => engine.client(),
    cache: () => analysis.cache(),
    finalFiles: (reference) => layers.finalFiles(reference),
  })
  const reports = createReportService({
    analysis: () => analysis.service(),
    advice: () => advice,
    getImage: (reference) => images.get(reference),
    engineStatus: () => engine.status(),
    catalog: loadCatalog,
    scanOf: (imageId) => analysis.scan(imageId),
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

  const handlers: ApiHandlers = {
    'engine.status': (request) => engine.status(request),
    'images.list': () => images.list(),
    ...platformWiring.handlers,
    'images.analyzeMany': async ({ references }) => ({
      analyses: await (references === null ? analysis.service().analyzeAll() : analysis.service().analyzeMany(references)),
    }),
    'images.lineage': () => analysis.service().lineage(),
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
    // ISSUE-6 (report helper replaces these two lines)
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
  }

  return {
    handlers,
    analysis: () => analysis.service(),
    dockerfiles,
    layers,
    files,
    start: () => engine.start(),
    async dispose() {
      operations.dispose()
      await Promise.allSettled([engine.dispose(), settings.flush(), images.flush()])
      analysis.close()
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
