import { ApiError } from '../../../shared/contract'
import { platformMatches, platformName } from '../../../shared/lib/platform'
import type { EngineInfo, ImagePlatform } from '../../../shared/model'
import { cacheSubject } from '../cache/engine-scoped-cache'
import type { CacheStore } from '../cache/cache-store'
import type { EngineClient, EngineImageInspect } from '../engine/engine-api-types'
import { platformSince, takesPlatform } from '../engine/platform-query'
import { choosePlatform, platformsFromManifests } from './image-platforms'

/** An index digest names the same platforms for ever, so an entry never goes stale. */
const PLATFORMS_KIND = 'platforms/1'

/** One image as a request means it: its ID, the platform chosen (null: one platform) and all it lists. */
export interface ResolvedImage {
  imageId: string
  platform: string | null
  platforms: ImagePlatform[]
  inspect: EngineImageInspect
}

export interface PlatformsServiceDeps {
  client: () => Promise<EngineClient>
  cache: () => CacheStore
  /** The connected engine: its API version and its own platform. */
  engine: () => Promise<EngineInfo | null>
  /** The platforms an image's export lists (layers/export-platforms.ts). */
  readExportPlatforms: (client: EngineClient, imageId: string) => Promise<ImagePlatform[]>
}

export interface PlatformsService {
  /**
   * `learn`: when the platforms are not known yet, find them — from the list on API 1.47+, else
   * from the export on the containerd store (the only store with multi-platform images). Without
   * it, what is known is used: a request that only reads the cache must not start an export.
   */
  resolve(reference: string, requested: string | null, learn: boolean): Promise<ResolvedImage>
  /** What a scan found in the export: the list and the image page show it from then on. */
  remember(imageId: string, platforms: readonly ImagePlatform[]): void
  /** The known platforms of each multi-platform image among `ids`. */
  known(ids: readonly string[]): Promise<Record<string, ImagePlatform[]>>
  /**
   * Throws when the engine cannot describe `platform` through inspect and history: below API 1.49
   * they describe the engine's own platform only (`inspect` is what they answered). `engineMayPick`
   * false: the caller sends no platform at all, so only the described one will do.
   */
  assertDescribable(resolved: ResolvedImage, engineMayPick?: boolean): Promise<void>
}

export function createPlatformsService(deps: PlatformsServiceDeps): PlatformsService {
  const cached = (imageId: string): ImagePlatform[] | null => deps.cache().get<ImagePlatform[]>(PLATFORMS_KIND, cacheSubject(imageId, null))
  const remember = (imageId: string, platforms: readonly ImagePlatform[]): void =>
    deps.cache().put(PLATFORMS_KIND, cacheSubject(imageId, null), platforms.map(({ platform, isPresent }) => ({ platform, isPresent })))

  const learn = async (client: EngineClient, engine: EngineInfo | null, imageId: string): Promise<ImagePlatform[]> => {
    let platforms: ImagePlatform[] = []
    if (engine !== null && takesPlatform(engine.apiVersion, 'list-manifests') && engine.imageStore === 'containerd') {
      const listed = await client.listImages({ manifests: true })
      platforms = platformsFromManifests(listed.find((image) => image.Id === imageId)?.Manifests)
    } else if (engine?.imageStore === 'containerd') {
      platforms = await deps.readExportPlatforms(client, imageId)
    }
    remember(imageId, platforms)
    return platforms
  }

  return {
    async resolve(reference, requested, shouldLearn) {
      const client = await deps.client()
      const [inspect, engine] = await Promise.all([client.inspectImage(reference), deps.engine()])
      const platforms = cached(inspect.Id) ?? (shouldLearn ? await learn(client, engine, inspect.Id) : [])
      const own = engine ? platformName(engine.os, engine.arch) : platformName(inspect.Os, inspect.Architecture)
      const platform = choosePlatform(reference, platforms, requested, own)
      if (platform === null && requested !== null && !platformMatches(describedBy(inspect), requested)) {
        throw new ApiError('INVALID_INPUT', `${reference} is ${describedBy(inspect)} only: it has no ${requested}.`)
      }
      return { imageId: inspect.Id, platform, platforms, inspect }
    },
    remember,
    async known(ids) {
      const found = ids.map((id) => [id, cached(id)] as const).filter(([, platforms]) => platforms !== null && platforms.length > 0)
      return Object.fromEntries(found) as Record<string, ImagePlatform[]>
    },
    async assertDescribable(resolved, engineMayPick = true) {
      if (resolved.platform === null || platformMatches(describedBy(resolved.inspect), resolved.platform)) return
      const engine = await deps.engine()
      if (engineMayPick && engine !== null && takesPlatform(engine.apiVersion, 'inspect')) return
      throw new ApiError('INVALID_INPUT',
        `${engine?.title ?? 'This engine'} (API ${engine?.apiVersion ?? 'unknown'}) describes only ${describedBy(resolved.inspect)} of this image: ` +
        `inspect and history take a platform from API ${platformSince('inspect')}. A scan of ${resolved.platform} reads it from the export.`)
    },
  }
}

function describedBy(inspect: EngineImageInspect): string {
  return platformName(inspect.Os, inspect.Architecture, inspect.Variant)
}
