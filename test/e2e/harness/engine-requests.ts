/** The kinds of engine request a budget is set for. */
export type EngineRequestKind = 'list' | 'inspect' | 'history' | 'disk-usage' | 'export' | 'other'

export interface EngineRequest {
  method: string
  /** Without the API version prefix and the query: "/images/sha256:…/json". */
  path: string
  kind: EngineRequestKind
}

export type RequestCounts = Record<EngineRequestKind, number>

const KINDS: readonly EngineRequestKind[] = ['list', 'inspect', 'history', 'disk-usage', 'export', 'other']

/** A request head larger than this is not an engine client's: the connection is no longer read. */
const MAX_HEAD_BYTES = 64 * 1024
const HEAD_END = Buffer.from('\r\n\r\n')
const LINE_END = Buffer.from('\r\n')

export function kindOf(method: string, path: string): EngineRequestKind {
  if (method !== 'GET') return 'other'
  if (path === '/images/json') return 'list'
  if (path === '/system/df') return 'disk-usage'
  if (path === '/images/get' || /^\/images\/.+\/get$/.test(path)) return 'export'
  if (/^\/images\/.+\/json$/.test(path)) return 'inspect'
  if (/^\/images\/.+\/history$/.test(path)) return 'history'
  return 'other'
}

/** "/v1.41/images/x/json?all=1" -> "/images/x/json" (names decoded: "a%2Fb" is "a/b"). */
export function enginePath(target: string): string {
  const bare = target.split('?')[0] ?? ''
  const unversioned = bare.replace(/^\/v\d+\.\d+(?=\/)/, '')
  try {
    return decodeURIComponent(unversioned)
  } catch {
    return unversioned
  }
}

export function countByKind(requests: readonly EngineRequest[]): RequestCounts {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as RequestCounts
  for (const request of requests) counts[request.kind] += 1
  return counts
}

/** How often each image was inspected in `requests`, for the images inspected more than once. */
export function repeatedInspections(requests: readonly EngineRequest[]): Record<string, number> {
  const times = new Map<string, number>()
  for (const { kind, path } of requests) if (kind === 'inspect') times.set(path, (times.get(path) ?? 0) + 1)
  return Object.fromEntries([...times].filter(([, count]) => count > 1))
}

export function formatCounts(counts: RequestCounts): string {
  return KINDS.map((kind) => `${kind} ${counts[kind]}`).join(', ')
}

type Body = { mode: 'head' } | { mode: 'length'; remaining: number } | { mode: 'chunked'; remaining: number } | { mode: 'opaque' }

/**
 * Reads the client side of one connection as HTTP/1.1 requests, keep-alive included: each head
 * is recorded, its body (Content-Length or chunked) skipped. Anything it cannot read (an upgraded
 * connection, a head over 64 KiB) ends the reading of that connection, never the relay.
 */
export function createRequestReader(record: (request: EngineRequest) => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0)
  let body: Body = { mode: 'head' }
  const step = (): boolean => {
    if (body.mode === 'opaque') return false
    if (body.mode === 'length') {
      const taken = Math.min(body.remaining, pending.length)
      pending = pending.subarray(taken)
      body = body.remaining === taken ? { mode: 'head' } : { mode: 'length', remaining: body.remaining - taken }
      return taken > 0
    }
    if (body.mode === 'chunked') return stepChunked()
    const end = pending.indexOf(HEAD_END)
    if (end < 0) {
      if (pending.length > MAX_HEAD_BYTES) body = { mode: 'opaque' }
      return false
    }
    body = readHead(pending.subarray(0, end).toString('latin1'), record)
    pending = pending.subarray(end + HEAD_END.length)
    return true
  }
  // A chunk: "<hex size>\r\n<bytes>\r\n"; size 0 (then an empty trailer line) ends the body.
  const stepChunked = (): boolean => {
    if (body.mode !== 'chunked') return false
    if (body.remaining > 0) {
      const taken = Math.min(body.remaining, pending.length)
      pending = pending.subarray(taken)
      body = { mode: 'chunked', remaining: body.remaining - taken }
      return taken > 0
    }
    const lineEnd = pending.indexOf(LINE_END)
    if (lineEnd < 0) return false
    const size = parseInt(pending.subarray(0, lineEnd).toString('latin1'), 16)
    pending = pending.subarray(lineEnd + LINE_END.length)
    if (!Number.isSafeInteger(size) || size < 0) body = { mode: 'opaque' }
    else if (size === 0) body = { mode: 'length', remaining: LINE_END.length }
    else body = { mode: 'chunked', remaining: size + LINE_END.length }
    return true
  }
  return (chunk) => {
    if (body.mode === 'opaque') return
    pending = Buffer.concat([pending, chunk])
    while (step()) {
      // Each step consumes a head, a chunk or body bytes; it stops when it needs more input.
    }
  }
}

function readHead(head: string, record: (request: EngineRequest) => void): Body {
  const [requestLine = '', ...headerLines] = head.split('\r\n')
  const [method = '', target = ''] = requestLine.split(' ')
  const path = enginePath(target)
  record({ method, path, kind: kindOf(method, path) })
  const headers = new Map(headerLines.map((line) => {
    const colon = line.indexOf(':')
    return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim().toLowerCase()] as const
  }))
  if (headers.has('upgrade')) return { mode: 'opaque' }
  if (headers.get('transfer-encoding')?.includes('chunked')) return { mode: 'chunked', remaining: 0 }
  const length = Number(headers.get('content-length') ?? '0')
  return Number.isSafeInteger(length) && length > 0 ? { mode: 'length', remaining: length } : { mode: 'head' }
}
