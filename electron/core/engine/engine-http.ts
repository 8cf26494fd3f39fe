import { request as httpRequest, type Agent as HttpAgent, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { pumpOf, type ChunkPump } from './chunk-pump'
import type { ConnectionSpec } from './endpoint-types'
import { EngineHttpError } from './engine-http-error'
import { getExportOverSocket, type SocketTarget } from './export-socket'

/** A JSON body larger than this is refused rather than buffered (a list of 2,000 images is ~3 MB). */
const MAX_BODY_BYTES = 256 * 1024 * 1024

export type HttpConnectionSpec = Exclude<ConnectionSpec, { kind: 'ssh' }>

export { EngineHttpError }

export interface EngineHttp {
  getJson(path: string, signal?: AbortSignal): Promise<unknown>
  /**
   * The body of a 2xx answer as a stream, handed over as soon as the headers arrive (an image
   * export can take seconds to start and minutes to finish). Aborting `signal` destroys the
   * request and the stream; an answer outside 2xx is read (capped) and thrown as EngineHttpError.
   */
  getStream(path: string, signal?: AbortSignal): Promise<IncomingMessage>
  /** A long body pushed chunk by chunk: straight off the socket where the endpoint allows it. */
  getPump(path: string, signal?: AbortSignal): Promise<ChunkPump>
}

/**
 * GET-and-parse over plain node:http for the calls on the hot path (list, inspect, history, ping,
 * version, df). docker-modem 5.0.7 runs util.inspect over every request's options — our keep-alive
 * agent included — so 64 concurrent inspects cost ~1.1 s through it and ~50 ms this way; loading
 * dockerode also pulls in ssh2 and gRPC, most of the CLI's start-up time.
 */
export function createEngineHttp(spec: HttpConnectionSpec, agent: HttpAgent): EngineHttp {
  const isTls = spec.kind === 'tcp' && spec.tls !== null
  const target = spec.kind === 'unix' ? { socketPath: spec.socketPath }
    : spec.kind === 'npipe' ? { socketPath: spec.pipePath }
      : { host: spec.host, port: spec.port }
  const getStream = (path: string, signal?: AbortSignal): Promise<IncomingMessage> => new Promise((resolve, reject) => {
    const send = isTls ? httpsRequest : httpRequest
    const req = send({ ...target, path, method: 'GET', agent, signal }, (response) => {
      const status = response.statusCode ?? 0
      if (status >= 200 && status < 300) {
        // An abort after the reader has gone (its pipeline already failed) must not become an
        // uncaught 'error' event; readers still see errors through their own listeners.
        response.on('error', () => undefined)
        resolve(response)
      }
      else readJson(response, path).then(() => reject(new EngineHttpError(status, null, `HTTP ${status}`)), reject)
    })
    req.on('error', reject)
    req.end()
  })
  // A named pipe and TLS need Node's stream layers; a unix socket and plain TCP can be read raw.
  const rawTarget: SocketTarget | null = spec.kind === 'unix' ? { socketPath: spec.socketPath }
    : spec.kind === 'tcp' && !isTls ? { host: spec.host, port: spec.port } : null
  return {
    getJson: (path, signal) => new Promise((resolve, reject) => {
      const send = isTls ? httpsRequest : httpRequest
      const req = send({ ...target, path, method: 'GET', agent, signal, headers: { Accept: 'application/json' } },
        (response) => readJson(response, path).then(resolve, reject))
      req.on('error', reject)
      req.end()
    }),
    getStream,
    getPump: async (path, signal) => rawTarget ? getExportOverSocket(rawTarget, path, signal) : pumpOf(await getStream(path, signal)),
  }
}

async function readJson(response: IncomingMessage, path: string): Promise<unknown> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of response) {
    const buffer = chunk as Buffer
    length += buffer.length
    if (length > MAX_BODY_BYTES) {
      response.destroy()
      throw new Error(`the engine's answer is larger than ${MAX_BODY_BYTES} bytes`)
    }
    chunks.push(buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  const status = response.statusCode ?? 0
  const json = parseOrNull(text)
  if (status < 200 || status >= 300) throw new EngineHttpError(status, json, text.trim() || `HTTP ${status}`)
  if (json === null && text.trim() !== 'null') {
    // /_ping answers "OK" as text/plain; anything else that is not JSON is not the Docker API.
    if (text === 'OK') return text
    throw new Error(`the engine answered ${path} with something that is not JSON`)
  }
  return json
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
