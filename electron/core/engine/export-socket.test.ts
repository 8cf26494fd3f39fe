// A local HTTP server on a unix socket stands in for the engine here, as a protocol peer: it can
// cut an export short, answer 404 or stall on demand, which the real engine cannot. Scans through
// the real engines run in test/integration (layers and engine suites).
import { createServer, type Server, type ServerResponse } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../shared/contract'
import { EngineHttpError } from './engine-http-error'
import { getExportOverSocket } from './export-socket'

let server: Server | null = null
let folder = ''

async function peer(answer: (response: ServerResponse) => void): Promise<string> {
  folder = mkdtempSync(join(tmpdir(), 'baseline-export-socket-'))
  const socketPath = join(folder, 'engine.sock')
  server = createServer((_request, response) => answer(response))
  await new Promise<void>((resolve) => server?.listen(socketPath, resolve))
  return socketPath
}

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server?.closeAllConnections()
  server = null
  rmSync(folder, { recursive: true, force: true })
})

async function drain(socketPath: string, signal?: AbortSignal): Promise<Buffer> {
  const pump = await getExportOverSocket({ socketPath }, '/images/x/get', signal)
  const parts: Buffer[] = []
  await pump.pump((chunk) => {
    parts.push(Buffer.from(chunk))
    // Every other chunk, make the socket wait as a compressed layer's decompressor would.
    return parts.length % 2 === 0 ? new Promise((resolve) => setTimeout(resolve, 1)) : null
  }, signal)
  return Buffer.concat(parts)
}

describe('getExportOverSocket', () => {
  it('reads a chunked export whole, in order, with waits between chunks', async () => {
    const pieces = Array.from({ length: 50 }, (_, index) => Buffer.alloc(40_000 + index, index))
    const socketPath = await peer((response) => {
      response.writeHead(200, { 'Content-Type': 'application/x-tar' })
      for (const piece of pieces) response.write(piece)
      response.end()
    })
    expect((await drain(socketPath)).equals(Buffer.concat(pieces))).toBe(true)
  })

  it('rejects a 404 with the engine\'s message, before any body is read', async () => {
    const socketPath = await peer((response) => {
      response.writeHead(404, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify({ message: 'No such image: x' }))
    })
    const failure = await getExportOverSocket({ socketPath }, '/images/x/get').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(EngineHttpError)
    expect((failure as EngineHttpError).statusCode).toBe(404)
    expect((failure as EngineHttpError).json).toEqual({ message: 'No such image: x' })
  })

  it('says the export was cut short when the engine closes in the middle of it', async () => {
    const socketPath = await peer((response) => {
      response.writeHead(200)
      response.write(Buffer.alloc(100_000, 1), () => response.socket?.destroy())
    })
    await expect(drain(socketPath)).rejects.toThrow(/premature close/)
  })

  it('stops at once when cancelled, mid-export, and lets the engine go', async () => {
    let closed: Promise<void> = Promise.resolve()
    const socketPath = await peer((response) => {
      closed = new Promise((resolve) => response.on('close', () => resolve()))
      response.writeHead(200)
      response.write(Buffer.alloc(10_000, 1)) // and then nothing: a stalled export
    })
    const controller = new AbortController()
    const draining = drain(socketPath, controller.signal)
    setTimeout(() => controller.abort(), 50)
    await expect(draining).rejects.toBeInstanceOf(ApiError)
    await closed // the server saw the connection go
  })

  it('fails plainly when nothing listens', async () => {
    await expect(getExportOverSocket({ socketPath: join(tmpdir(), 'baseline-no-such.sock') }, '/x')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
