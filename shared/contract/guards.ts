import { ApiError } from './errors'
import { DOCKERFILE_MAX_BASE64, FILE_PATH_MAX_LENGTH } from './limits'
import type { FileRequest, MethodName, RequestOf } from './methods'

/**
 * Request guards: the renderer is untrusted, so the core checks every request's shape before any
 * service sees it. Each guard returns a clean copy holding only the fields it knows.
 */
type Guard<M extends MethodName> = (input: unknown) => RequestOf<M>

const MAX_STRING = 4096

function invalid(message: string): never {
  throw new ApiError('INVALID_REQUEST', message)
}

function asObject(input: unknown, method: string): Record<string, unknown> {
  if (input === undefined || input === null) return {}
  if (typeof input !== 'object' || Array.isArray(input)) {
    invalid(`${method} takes one request object`)
  }
  return input as Record<string, unknown>
}

function rejectUnknownKeys(body: Record<string, unknown>, allowed: string[], method: string): void {
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key))
  if (unknown.length > 0) invalid(`${method} does not take ${unknown.join(', ')}`)
}

function requiredString(body: Record<string, unknown>, key: string, method: string): string {
  const value = body[key]
  if (typeof value !== 'string' || value.trim() === '') invalid(`${method} needs ${key} (a non-empty string)`)
  if (value.length > MAX_STRING) invalid(`${method}: ${key} is longer than ${MAX_STRING} characters`)
  return value.trim()
}

function optionalBoolean(body: Record<string, unknown>, key: string, method: string): boolean | undefined {
  const value = body[key]
  if (value === undefined) return undefined
  if (typeof value !== 'boolean') invalid(`${method}: ${key} must be true or false`)
  return value
}

function nullableString(body: Record<string, unknown>, key: string, method: string): string | null {
  const value = body[key]
  if (value === null) return null
  if (typeof value !== 'string' || value.length > MAX_STRING) invalid(`${method}: ${key} must be a string or null`)
  return value.trim() === '' ? null : value.trim()
}

const MAX_COMPARED = 16
/** `analyze` of named images; every local image is asked for with null, not a list. */
const MAX_ANALYZED = 1000
const REPORT_FORMATS = ['html', 'pdf', 'md', 'json', 'csv'] as const

/**
 * One to MAX_COMPARED image references, each a non-empty string, no repeats. A report of one image is a
 * report too (`baseline report --ci` judges one); the app's compare view asks for two.
 */
function comparedReferences(body: Record<string, unknown>, method: string): string[] {
  return referenceList(body, method, 1, MAX_COMPARED)
}

/** A list of `min` to `max` non-empty references, trimmed, each once. */
function referenceList(body: Record<string, unknown>, method: string, min: number, max: number): string[] {
  const value = body.references
  if (!Array.isArray(value)) invalid(`${method} needs references (a list of images)`)
  if (value.length < min) invalid(`${method} needs at least ${min === 1 ? 'one image' : `${min} images`}`)
  if (value.length > max) invalid(`${method} takes at most ${max} images`)
  const references = value.map((item) => {
    if (typeof item !== 'string' || item.trim() === '' || item.length > MAX_STRING) {
      invalid(`${method}: every reference must be a non-empty string`)
    }
    return item.trim()
  })
  return [...new Set(references)]
}

function empty<M extends MethodName>(method: M): Guard<M> {
  return (input) => {
    rejectUnknownKeys(asObject(input, method), [], method)
    return {} as RequestOf<M>
  }
}

/** Methods whose only field is the image they are about. */
/**
 * "os/architecture[/variant]" as OCI platforms spell them ("linux/amd64", "linux/arm64/v8"): the
 * value reaches the engine in a query string, so nothing else passes.
 */
const PLATFORM = /^[a-z0-9][a-z0-9._-]{0,31}\/[a-z0-9][a-z0-9._-]{0,31}(\/[a-z0-9][a-z0-9._-]{0,31})?$/

/** The optional platform of an image request; absent and null both mean the engine's own. */
function imagePlatform(body: Record<string, unknown>, method: string): { platform?: string | null } {
  const value = body.platform
  if (value === undefined || value === null) return value === null ? { platform: null } : {}
  if (typeof value !== 'string' || !PLATFORM.test(value)) invalid(`${method}: platform must look like "linux/amd64" or "linux/arm64/v8"`)
  return { platform: value }
}

function referenceOnly<M extends 'images.get' | 'images.analyze' | 'layers.scan' | 'layers.get' | 'packages.list' | 'packages.sbom'>(method: M): Guard<M> {
  return (input) => {
    const body = asObject(input, method)
    rejectUnknownKeys(body, ['reference', 'platform'], method)
    return { reference: requiredString(body, 'reference', method), ...imagePlatform(body, method) } as RequestOf<M>
  }
}

/** A reference plus the "people debug this in production" switch of the variant advisor. */
function suggestion<M extends 'images.suggest' | 'variants.suggest'>(method: M): Guard<M> {
  return (input) => {
    const body = asObject(input, method)
    rejectUnknownKeys(body, ['reference', 'debugInProduction'], method)
    const debugInProduction = optionalBoolean(body, 'debugInProduction', method)
    const reference = requiredString(body, 'reference', method)
    return (debugInProduction === undefined ? { reference } : { reference, debugInProduction }) as RequestOf<M>
  }
}

/** A layer index from 0, or null for the top layer; a path inside the image, bounded like PATH_MAX. */
function fileRequest(method: string, input: unknown): FileRequest {
  const body = asObject(input, method)
  rejectUnknownKeys(body, ['reference', 'layerIndex', 'path'], method)
  const layerIndex = body.layerIndex ?? null
  if (layerIndex !== null && (typeof layerIndex !== 'number' || !Number.isInteger(layerIndex) || layerIndex < 0 || layerIndex > 10_000)) {
    invalid(`${method}: layerIndex must be a whole number from 0, or null for the top layer`)
  }
  const path = body.path
  if (typeof path !== 'string' || path === '') invalid(`${method} needs path (the file inside the image)`)
  if (path.length > FILE_PATH_MAX_LENGTH) invalid(`${method}: path is longer than ${FILE_PATH_MAX_LENGTH} characters`)
  // eslint-disable-next-line no-control-regex -- a NUL or newline cannot be part of a path in a tar we read
  if (/[\u0000\n]/.test(path)) invalid(`${method}: path holds a NUL or a line break`)
  return { reference: requiredString(body, 'reference', method), layerIndex: layerIndex as number | null, path }
}

export const requestGuards: { [M in MethodName]: Guard<M> } = {
  'engine.status': (input) => {
    const body = asObject(input, 'engine.status')
    rejectUnknownKeys(body, ['refresh'], 'engine.status')
    const refresh = optionalBoolean(body, 'refresh', 'engine.status')
    return refresh === undefined ? {} : { refresh }
  },
  'images.list': empty('images.list'),
  'images.get': referenceOnly('images.get'),
  'images.analyze': referenceOnly('images.analyze'),
  'images.analyzeMany': (input) => {
    const body = asObject(input, 'images.analyzeMany')
    rejectUnknownKeys(body, ['references'], 'images.analyzeMany')
    if (body.references === null) return { references: null }
    return { references: referenceList(body, 'images.analyzeMany', 1, MAX_ANALYZED) }
  },
  'images.lineage': empty('images.lineage'),
  'images.suggest': suggestion('images.suggest'),
  'variants.suggest': suggestion('variants.suggest'),
  'dockerfile.analyze': (input) => {
    const body = asObject(input, 'dockerfile.analyze')
    rejectUnknownKeys(body, ['contentBase64', 'name'], 'dockerfile.analyze')
    const content = body.contentBase64
    if (typeof content !== 'string') invalid('dockerfile.analyze needs contentBase64 (the file, base64)')
    if (content.length > DOCKERFILE_MAX_BASE64) {
      throw new ApiError('INVALID_INPUT', 'This file is larger than 1 MB: a Dockerfile that big is not one Baseline will read.')
    }
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(content)) invalid('dockerfile.analyze: contentBase64 is not base64')
    const name = body.name === undefined ? undefined : nullableString(body, 'name', 'dockerfile.analyze')
    return name ? { contentBase64: content, name } : { contentBase64: content }
  },
  'dockerfile.recent': empty('dockerfile.recent'),
  'dockerfile.openRecent': (input) => {
    const body = asObject(input, 'dockerfile.openRecent')
    rejectUnknownKeys(body, ['path'], 'dockerfile.openRecent')
    return { path: requiredString(body, 'path', 'dockerfile.openRecent') }
  },
  'app.notices': empty('app.notices'),
  'settings.get': empty('settings.get'),
  'settings.update': (input) => {
    const body = asObject(input, 'settings.update')
    rejectUnknownKeys(body, ['engineEndpoint'], 'settings.update')
    return 'engineEndpoint' in body
      ? { engineEndpoint: nullableString(body, 'engineEndpoint', 'settings.update') }
      : {}
  },
  'operations.cancel': (input) => {
    const body = asObject(input, 'operations.cancel')
    rejectUnknownKeys(body, ['operationId'], 'operations.cancel')
    return { operationId: requiredString(body, 'operationId', 'operations.cancel') }
  },
  'images.compare': (input) => {
    const body = asObject(input, 'images.compare')
    rejectUnknownKeys(body, ['references'], 'images.compare')
    return { references: comparedReferences(body, 'images.compare') }
  },
  'report.export': (input) => {
    const body = asObject(input, 'report.export')
    rejectUnknownKeys(body, ['references', 'format'], 'report.export')
    const format = body.format
    if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
      invalid(`report.export: format must be one of ${REPORT_FORMATS.join(', ')}`)
    }
    return { references: comparedReferences(body, 'report.export'), format: format as (typeof REPORT_FORMATS)[number] }
  },
  'layers.scan': referenceOnly('layers.scan'),
  'layers.get': referenceOnly('layers.get'),
  'packages.list': referenceOnly('packages.list'),
  'packages.sbom': referenceOnly('packages.sbom'),
  'packages.compare': (input) => {
    const body = asObject(input, 'packages.compare')
    rejectUnknownKeys(body, ['references'], 'packages.compare')
    const references = referenceList(body, 'packages.compare', 2, 2)
    if (references.length !== 2) invalid('packages.compare needs two different images')
    return { references }
  },
  'layers.tree': (input) => {
    const body = asObject(input, 'layers.tree')
    rejectUnknownKeys(body, ['reference', 'platform', 'layerIndex', 'scope'], 'layers.tree')
    const layerIndex = body.layerIndex
    if (typeof layerIndex !== 'number' || !Number.isInteger(layerIndex) || layerIndex < 0 || layerIndex > 10_000) {
      invalid('layers.tree: layerIndex must be a whole number from 0')
    }
    const scope = body.scope
    if (scope !== 'layer' && scope !== 'cumulative') invalid("layers.tree: scope must be 'layer' or 'cumulative'")
    return { reference: requiredString(body, 'reference', 'layers.tree'), ...imagePlatform(body, 'layers.tree'), layerIndex, scope }
  },
  'files.read': (input) => fileRequest('files.read', input),
  'files.get': (input) => fileRequest('files.get', input),
  'files.compare': (input) => {
    const body = asObject(input, 'files.compare')
    rejectUnknownKeys(body, ['references'], 'files.compare')
    const references = referenceList(body, 'files.compare', 2, 2)
    if (references.length !== 2) invalid('files.compare needs two different images')
    return { references }
  },
}

export function validateRequest<M extends MethodName>(method: M, input: unknown): RequestOf<M> {
  return requestGuards[method](input)
}
