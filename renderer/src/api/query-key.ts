import type { EventName, MethodName } from '../../../shared/contract'

/**
 * JSON with object keys sorted and undefined fields dropped, so `{a:1,b:2}` and `{b:2,a:1}` — or a
 * request rebuilt on every render — name the same cache entry.
 */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'null'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const record = value as Record<string, unknown>
  const fields = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
  return `{${fields.join(',')}}`
}

export function queryKey(method: MethodName, request: unknown): string {
  return `${method} ${stableJson(request ?? {})}`
}

/**
 * Which cached answers an event makes stale: an image event touches every `images.*` answer; an
 * engine change (another endpoint, the engine back or gone) may change every answer.
 */
export function isStaleAfter(event: EventName, method: MethodName): boolean {
  switch (event) {
    case 'engine.changed':
      return true
    case 'images.changed':
      return method.startsWith('images.')
    default:
      return false
  }
}
