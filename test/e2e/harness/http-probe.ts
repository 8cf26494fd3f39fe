import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { connect } from 'node:net'

export interface Probe {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string
}

export interface ProbeAnswer {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** Reads at most this much of an answer: enough for any refusal, and a bound on what we keep. */
const MAX_ANSWER_BYTES = 1024 * 1024

/**
 * One raw HTTP request to the server, with exactly the headers a test names (Host and Origin
 * included), as a hostile page or a curious local program could send it.
 */
export function probe(port: number, options: Probe): Promise<ProbeAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        if (body.length < MAX_ANSWER_BYTES) body += chunk
      })
      const done = () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
      response.on('end', done)
      response.on('error', done)
    })
    request.on('error', reject)
    request.end(options.body)
  })
}

export interface HugeUpload {
  /** The status line the server answered with, e.g. "HTTP/1.1 413 Payload Too Large"; '' if none. */
  statusLine: string
  /** What the server answered, head and body (at most 64 KiB kept). */
  answer: string
  /** How many body bytes were written into the socket before the server closed the connection. */
  sentBytes: number
}

/**
 * A POST of `totalBytes` zeros, written as fast as the socket takes them while the answer is read,
 * as a browser does: a raw socket, because Node's HTTP client drops an early answer when it cannot
 * finish sending. `declared`: a Content-Length header, else chunked (nothing says the size).
 */
export function uploadHugeBody(port: number, headers: Record<string, string>, totalBytes: number, declared: boolean): Promise<HugeUpload> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    let sentBytes = 0
    socket.on('data', (data: Buffer) => {
      if (answer.length < 64 * 1024) answer += data.toString('latin1')
    })
    // The server ends the connection behind its refusal: a reset or broken pipe on our side is expected.
    socket.on('error', () => undefined)
    socket.on('close', () => resolve({ statusLine: answer.split('\r\n')[0] ?? '', answer, sentBytes }))
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join('')
    const framing = declared ? `Content-Length: ${totalBytes}\r\n` : 'Transfer-Encoding: chunked\r\n'
    socket.write(`POST /api/images.list HTTP/1.1\r\n${lines}${framing}\r\n`)
    const chunk = Buffer.alloc(64 * 1024)
    const framed = declared ? chunk : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    const pump = (): void => {
      while (sentBytes < totalBytes && !socket.destroyed) {
        sentBytes += chunk.length
        if (!socket.write(framed)) {
          socket.once('drain', pump)
          return
        }
      }
    }
    pump()
  })
}

/** The session cookie, as a browser gets it: the printed address opened once. */
export async function sessionCookieFrom(port: number, entryUrl: string, hostPort: string): Promise<string> {
  const url = new URL(entryUrl)
  const answer = await probe(port, { path: `${url.pathname}${url.search}`, headers: { Host: hostPort } })
  const cookie = answer.headers['set-cookie']?.[0]?.split(';')[0]
  if (answer.status !== 303 || cookie === undefined) throw new Error(`the token exchange answered ${answer.status}`)
  return cookie
}
