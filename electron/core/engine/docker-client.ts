import { Readable } from 'node:stream'
import { ApiError } from '../../../shared/contract'
import type { EngineEndpoint } from '../../../shared/model'
import { pumpOf } from './chunk-pump'
import { connectionOptions } from './connection-options'
import { createDockerode } from './dockerode-augment'
import { createEngineHttp } from './engine-http'
import { platformQuery } from './platform-query'
import type { DockerodeClient, EventFilters } from './dockerode-augment'
import type { ConnectionSpec } from './endpoint-types'
import type {
  EngineCallOptions,
  EngineClient,
  EngineHistoryEntry,
  EngineImageInspect,
  EngineImageSummary,
  EngineVersion,
} from './engine-api-types'
import { toApiError } from './engine-errors'

const DISK_USAGE_TIMEOUT_MS = 3_000
const IDENTITY_TIMEOUT_MS = 15_000

/** The engine client plus what the engine service needs to probe, watch and let go of it. */
export interface DockerClient extends EngineClient {
  readonly endpoint: EngineEndpoint
  readonly connection: ConnectionSpec
  /** GET /version, errors left raw so the probe can describe them in its own words. */
  probe(signal: AbortSignal): Promise<EngineVersion>
  /** GET /events as a raw byte stream of newline-delimited JSON. */
  events(filters: EventFilters, options?: EngineCallOptions): Promise<Readable>
  /** Frees the keep-alive sockets; calls made afterwards fail. */
  close(): void
}

/**
 * The one dockerode wrapper. Every call takes an AbortSignal and every failure leaves as an
 * ApiError. Throws (a plain Error with a readable message) when the connection cannot even be
 * configured, e.g. unreadable TLS files.
 */
export function createDockerClient(endpoint: EngineEndpoint, connection: ConnectionSpec, env: NodeJS.ProcessEnv): DockerClient {
  const { options, agent } = connectionOptions(connection, env)
  // dockerode (with ssh2 and gRPC behind it) loads only when events or an ssh endpoint need it.
  let dockerode: DockerodeClient | null = null
  const docker = (): DockerodeClient => (dockerode ??= createDockerode(options))
  const http = connection.kind !== 'ssh' && agent !== null ? createEngineHttp(connection, agent) : null
  const getJson = (path: string, signal: AbortSignal | undefined): Promise<unknown> =>
    http ? http.getJson(path, signal) : dialJson(docker(), path, signal)

  const fail = (error: unknown, reference?: string): never => {
    throw toApiError(error, { spec: connection, url: endpoint.url, reference })
  }
  const call = async <T>(run: (signal: AbortSignal | undefined) => Promise<T>, callOptions?: EngineCallOptions, reference?: string): Promise<T> => {
    if (callOptions?.signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
    try {
      return await run(callOptions?.signal)
    } catch (error) {
      return fail(error, reference)
    }
  }
  const getImageJson = (reference: string, suffix: string, callOptions?: EngineCallOptions): Promise<unknown> =>
    call((signal) => getJson(`/images/${imagePath(reference)}/${suffix}${platformSuffix(callOptions)}`, signal), callOptions, reference)

  return {
    endpoint,
    connection,
    listImages: (callOptions) =>
      call((signal) => getJson(callOptions?.manifests ? '/images/json?manifests=1' : '/images/json', signal), callOptions)
        .then((images) => expectArray<EngineImageSummary>(images, 'GET /images/json')),
    inspectImage: (reference, callOptions) =>
      getImageJson(reference, 'json', callOptions).then((body) => expectObject<EngineImageInspect>(body, 'GET /images/{name}/json')),
    imageHistory: (reference, callOptions) =>
      getImageJson(reference, 'history', callOptions).then((body) => expectArray<EngineHistoryEntry>(body, 'GET /images/{name}/history')),
    imagesDiskUsage: (callOptions) => diskUsage(getJson, callOptions),
    version: (callOptions) =>
      call((signal) => getJson('/version', signal), callOptions).then(toEngineVersion),
    exportImage: (reference, callOptions) =>
      call(async (signal) => {
        if (http) return http.getPump(`/images/${imagePath(reference)}/get${platformSuffix(callOptions)}`, signal)
        // ssh endpoints go through dockerode; Image.get() takes no signal, getImages does.
        return pumpOf(expectReadable(await docker().getImages(withSignal({ names: [reference] }, signal)), 'GET /images/get'))
      }, callOptions, reference),
    // /_ping within the caller's short timeout says whether anything answers; /version and /info
    // then get longer, because Podman 4.3 runs conmon and runc --version on every /version call
    // (2.4–3.7 s measured here) and takes ~1.6 s over /info.
    probe: async (signal) => {
      await getJson('/_ping', signal)
      const slow = AbortSignal.timeout(IDENTITY_TIMEOUT_MS)
      const [version, info] = await Promise.all([getJson('/version', slow), getJson('/info', slow).catch(() => null)])
      return { ...toEngineVersion(version), ...storageOf(info) }
    },
    events: (filters, callOptions) =>
      call((signal) => docker().getEvents(withSignal({ filters }, signal)), callOptions).then(expectReadable),
    close: () => agent?.destroy(),
  }
}

function platformSuffix(callOptions: EngineCallOptions | undefined): string {
  return callOptions?.platform ? `?${platformQuery(callOptions.platform)}` : ''
}

/**
 * dockerode copies every option into the query string and only strips `abortSignal` when it is
 * set, so an undefined one would be sent as `abortSignal=`.
 */
function withSignal<T extends object>(options: T, signal: AbortSignal | undefined): T & { abortSignal?: AbortSignal } {
  return signal ? { ...options, abortSignal: signal } : options
}

function dialJson(docker: DockerodeClient, path: string, signal: AbortSignal | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      { path, method: 'GET', abortSignal: signal, statusCodes: { 200: true, 404: 'no such image', 500: 'server error' } },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

/**
 * Names go into the URL path as the docker CLI sends them (slashes and colons included); anything
 * outside the reference grammar is escaped, and dot segments are refused so a crafted name cannot
 * walk to another endpoint.
 */
export function imagePath(reference: string): string {
  if (reference.split('/').some((segment) => segment === '.' || segment === '..')) {
    throw new ApiError('IMAGE_NOT_FOUND', `No such image: ${reference}`)
  }
  return reference.replace(/[^A-Za-z0-9._\-/:@]/g, (character) => encodeURIComponent(character))
}

/** LayersSize of GET /system/df: shared layers counted once. Null when slow or unavailable. */
async function diskUsage(
  getJson: (path: string, signal: AbortSignal) => Promise<unknown>,
  callOptions?: EngineCallOptions,
): Promise<number | null> {
  const timeout = AbortSignal.timeout(DISK_USAGE_TIMEOUT_MS)
  const signal = callOptions?.signal ? AbortSignal.any([callOptions.signal, timeout]) : timeout
  try {
    const body = await getJson('/system/df', signal)
    const size = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).LayersSize : null
    return typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : null
  } catch {
    if (callOptions?.signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled')
    return null
  }
}

function toEngineVersion(body: unknown): EngineVersion {
  const version = expectObject<Record<string, unknown>>(body, 'GET /version')
  if (typeof version.Version !== 'string' || typeof version.ApiVersion !== 'string') {
    throw new ApiError('INTERNAL', 'The endpoint answered /version without a Version and ApiVersion: it is not a Docker engine')
  }
  const platform = version.Platform
  const platformName = typeof platform === 'object' && platform !== null ? (platform as Record<string, unknown>).Name : undefined
  return {
    Version: version.Version,
    ApiVersion: version.ApiVersion,
    Os: typeof version.Os === 'string' ? version.Os : '',
    Arch: typeof version.Arch === 'string' ? version.Arch : '',
    ...(typeof platformName === 'string' ? { Platform: { Name: platformName } } : {}),
    ...componentsOf(version.Components),
  }
}

function componentsOf(value: unknown): Pick<EngineVersion, 'Components'> {
  if (!Array.isArray(value)) return {}
  const components = value.slice(0, 20).flatMap((entry: unknown) => {
    const record = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}
    return typeof record.Name === 'string' ? [{ Name: record.Name, Version: typeof record.Version === 'string' ? record.Version : '' }] : []
  })
  return { Components: components }
}

/** /info's storage driver, or nothing when /info did not answer (the identity then says "unknown"). */
function storageOf(info: unknown): Pick<EngineVersion, 'Storage'> {
  if (typeof info !== 'object' || info === null) return {}
  const { Driver, DriverStatus } = info as Record<string, unknown>
  const pairs = Array.isArray(DriverStatus)
    ? DriverStatus.slice(0, 50).filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
    : []
  return { Storage: { Driver: typeof Driver === 'string' ? Driver : '', DriverStatus: pairs } }
}

// The engine's JSON is trusted for field shapes (the images service maps it), but a body of the
// wrong kind altogether (an HTML error page from a proxy) must not travel on as data.
function expectArray<T>(body: unknown, what: string): T[] {
  if (!Array.isArray(body)) throw new ApiError('INTERNAL', `${what} did not return a JSON array`)
  return body as T[]
}

function expectObject<T>(body: unknown, what: string): T {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || Buffer.isBuffer(body)) {
    throw new ApiError('INTERNAL', `${what} did not return a JSON object`)
  }
  return body as T
}

function expectReadable(stream: NodeJS.ReadableStream, what = 'GET /events'): Readable {
  if (!(stream instanceof Readable)) throw new ApiError('INTERNAL', `${what} did not return a stream`)
  return stream
}
