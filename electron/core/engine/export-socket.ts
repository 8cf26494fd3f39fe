import { connect, type Socket } from 'node:net'
import { ApiError } from '../../../shared/contract'
import type { ChunkPump, ChunkWriter } from './chunk-pump'
import { EngineHttpError } from './engine-http-error'
import { HttpResponseReader } from './http-response-reader'

/** One buffer per export, reused for every read: the socket never allocates per chunk. */
const READ_BUFFER_BYTES = 1024 * 1024
/** An error answer is a short JSON message; more than this is not read. */
const ERROR_BODY_LIMIT = 64 * 1024

export type SocketTarget = { socketPath: string } | { host: string; port: number }

/**
 * GET of a long body (an image export) straight off a socket, for plain unix and TCP endpoints.
 * Through node:http the scan of a 1.4 GB export of 40,000 files spent ~1.7 s of CPU in the
 * response stream and ~2.6 s in the garbage collector (a fresh 64 KB buffer per read, then copied
 * together again by the async iterator), beside ~1 s in the tar reader itself, on the two cores the
 * engine needs to produce the export. Here one buffer is read into again and again (`onread`) and
 * the body is de-chunked in place. Resolves once the head says 2xx; rejects with EngineHttpError
 * otherwise, as engine-http does, so toApiError reads both alike.
 */
export function getExportOverSocket(target: SocketTarget, path: string, signal?: AbortSignal): Promise<ChunkPump> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ApiError('CANCELLED', 'Cancelled'))
    const exchange = new ExportExchange(path, signal)
    exchange.start(target, resolve, reject)
  })
}

class ExportExchange {
  private socket: Socket | null = null
  private early: Buffer[] = []
  private earlyLength = 0
  private readonly reader = new HttpResponseReader((piece) => this.keepEarly(piece))
  private settle: { resolve: () => void; reject: (error: unknown) => void } | null = null
  private failure: unknown = null
  private ended = false
  private onHead: ((pump: ChunkPump) => void) | null = null
  private onHeadError: ((error: unknown) => void) | null = null

  constructor(
    private readonly path: string,
    private readonly signal: AbortSignal | undefined,
  ) {}

  start(target: SocketTarget, resolve: (pump: ChunkPump) => void, reject: (error: unknown) => void): void {
    this.onHead = resolve
    this.onHeadError = reject
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
    const where = 'socketPath' in target ? { path: target.socketPath } : target
    const socket = connect({ ...where, onread: { buffer, callback: (bytes) => this.onRead(buffer.subarray(0, bytes)) } })
    this.socket = socket
    socket.on('connect', () => socket.write(`GET ${this.path} HTTP/1.1\r\nHost: localhost\r\nUser-Agent: baseline\r\nConnection: close\r\n\r\n`))
    socket.on('error', (error) => this.fail(error))
    socket.on('end', () => this.onEnd())
    socket.on('close', () => this.onEnd())
    this.signal?.addEventListener('abort', () => this.fail(new ApiError('CANCELLED', 'Cancelled')), { once: true })
  }

  /** Returns false to pause the socket (Node's `onread` contract) while the reader catches up. */
  private onRead(bytes: Buffer): boolean {
    if (this.failure !== null) return false
    try {
      const hadHead = this.reader.head !== null
      const wait = this.reader.feed(bytes)
      if (!hadHead && this.reader.head !== null) return this.headArrived()
      if (wait) {
        wait.then(() => this.afterWait(), (error: unknown) => this.fail(error))
        return false
      }
      if (this.reader.complete) this.finish()
      return true
    } catch (error) {
      this.fail(error)
      return false
    }
  }

  /** 2xx: hand the pump over and wait (paused) for its writer; otherwise read the error answer. */
  private headArrived(): boolean {
    const status = this.reader.head?.status ?? 0
    if (status >= 200 && status < 300) {
      this.onHead?.({ kind: 'pump', pump: (write, signal) => this.pump(write, signal) })
      this.onHead = null
      this.onHeadError = null
      return false
    }
    if (this.reader.complete) this.rejectErrorAnswer()
    return true
  }

  private pump(write: ChunkWriter, signal: AbortSignal | undefined): Promise<void> {
    signal?.addEventListener('abort', () => this.fail(new ApiError('CANCELLED', 'Cancelled')), { once: true })
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject }
      if (this.failure !== null) return reject(this.failure)
      this.reader.setWriter(write)
      const early = Buffer.concat(this.early)
      this.early = []
      // The head's read may already hold the body's first bytes: they go first.
      const wait = early.length > 0 ? write(early) : null
      if (wait) wait.then(() => this.afterWait(), (error: unknown) => this.fail(error))
      else this.afterWait()
    })
  }

  private afterWait(): void {
    if (this.failure !== null) return
    if (this.reader.complete) return this.finish()
    if (this.ended) return this.onEnd()
    this.socket?.resume()
  }

  /**
   * Body bytes that came before the pump started: the rest of the head's read (at most one read
   * buffer: the socket is paused there), or an error answer, capped.
   */
  private keepEarly(piece: Buffer): null {
    this.earlyLength += piece.length
    const status = this.reader.head?.status ?? 0
    if (status >= 200 && status < 300 || this.earlyLength <= ERROR_BODY_LIMIT) this.early.push(Buffer.from(piece))
    return null
  }

  private onEnd(): void {
    this.ended = true
    if (this.failure !== null) return
    if (this.reader.head === null) return this.fail(new Error('premature close: the engine closed the connection without an answer'))
    if (this.reader.head !== null && (this.reader.head.status < 200 || this.reader.head.status >= 300)) return this.rejectErrorAnswer()
    if (this.reader.complete || this.reader.endsWithConnection && this.reader.head !== null) return this.finish()
    this.fail(new Error('premature close: the engine closed the connection before the end of the export'))
  }

  private rejectErrorAnswer(): void {
    const status = this.reader.head?.status ?? 0
    const text = Buffer.concat(this.early).toString('utf8').trim()
    this.fail(new EngineHttpError(status, parseOrNull(text), text || `HTTP ${status}`))
  }

  private finish(): void {
    const settle = this.settle
    this.settle = null
    this.socket?.destroy()
    settle?.resolve()
  }

  private fail(error: unknown): void {
    if (this.failure !== null) return
    this.failure = error
    this.socket?.destroy()
    this.onHeadError?.(error)
    this.onHead = null
    this.onHeadError = null
    this.settle?.reject(error)
    this.settle = null
  }
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
