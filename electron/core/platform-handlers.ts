import type { ApiHandlers } from '../../shared/contract'
import type { EngineInfo } from '../../shared/model'
import type { AnalysisService } from './analysis/analysis-service'
import type { CacheStore } from './cache/cache-store'
import type { EngineClient } from './engine/engine-api-types'
import { takesPlatform } from './engine/platform-query'
import type { ImagesService } from './images/images-service'
import { createPlatformsService, type PlatformsService } from './images/platforms-service'
import { createLayersService, readExportPlatforms, type LayersService } from './layers'
import type { Operations } from './operations/operations'

export interface PlatformWiringDeps {
  client: () => Promise<EngineClient>
  cache: () => CacheStore
  engine: () => Promise<EngineInfo | null>
  images: ImagesService
  analysis: () => AnalysisService
  operations: Operations
}

type ImageHandlers = Pick<ApiHandlers, 'images.get' | 'images.analyze' | 'layers.scan' | 'layers.get' | 'layers.tree'>

/**
 * The requests that name one image, platform included: each resolves the platform first (the
 * engine's own by default, a platform not on this machine refused plainly), then asks the engine
 * for that platform where its API takes one (engine/platform-query.ts) and keys the cache by it.
 */
export function createPlatformWiring(deps: PlatformWiringDeps): { platforms: PlatformsService; layers: LayersService; handlers: ImageHandlers } {
  const platforms = createPlatformsService({
    client: deps.client,
    cache: deps.cache,
    engine: deps.engine,
    readExportPlatforms: async (client, imageId) => readExportPlatforms(await client.exportImage(imageId)),
  })
  const apiTakes = async (call: 'inspect' | 'export'): Promise<boolean> => {
    const engine = await deps.engine()
    return engine !== null && takesPlatform(engine.apiVersion, call)
  }
  const layers = createLayersService({
    client: deps.client,
    cache: deps.cache,
    analyze: (reference) => deps.analysis().analyze(reference),
    resolve: async (reference, platform) => {
      // Learning the platforms reads the export's index: only worth it when a platform was named.
      const image = await platforms.resolve(reference, platform, platform !== null)
      return { ...image, sizeBytes: image.inspect.Size, diffIds: image.inspect.RootFS.Layers ?? [] }
    },
    rememberPlatforms: platforms.remember,
    exportTakesPlatform: () => apiTakes('export'),
  })
  const handlers: ImageHandlers = {
    'images.get': async ({ reference, platform }) => {
      const image = await platforms.resolve(reference, platform ?? null, true)
      await platforms.assertDescribable(image)
      const passed = image.platform !== null && (await apiTakes('inspect')) ? image.platform : undefined
      return { ...(await deps.images.get(image.imageId, passed)), platforms: image.platforms }
    },
    // The analysis reads inspect and history without a platform: the engine's own platform of an
    // index, which is the one it describes on every API version. Another platform is refused.
    'images.analyze': async ({ reference, platform }) => {
      if (platform) await platforms.assertDescribable(await platforms.resolve(reference, platform, true), false)
      return deps.analysis().analyze(reference)
    },
    'layers.scan': async ({ reference, platform }) =>
      deps.operations.start('layers.scan', (signal, report) => layers.scan(reference, platform ?? null, signal, report)),
    'layers.get': ({ reference, platform }) => layers.get(reference, platform ?? null),
    'layers.tree': ({ reference, platform, layerIndex, scope }) => layers.tree(reference, platform ?? null, layerIndex, scope),
  }
  return { platforms, layers, handlers }
}
