import type { IncomingMessage } from 'node:http'

export type BodyResult = { ok: true; body: Buffer } | { ok: false; status: 400 | 413; reason: string }

/**
 * The whole body, or a refusal as soon as it is known to be too big: by its Content-Length before
 * a byte is read, else by counting while it streams in. Nothing past `capBytes` is ever kept.
 */
export function readCappedBody(request: IncomingMessage, capBytes: number): Promise<BodyResult> {
  const declared = request.headers['content-length']
  if (declared !== undefined && Number(declared) > capBytes) return Promise.resolve(tooLarge(capBytes))
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    const finish = (result: BodyResult) => {
      request.off('data', onData)
      request.off('end', onEnd)
      request.off('error', onError)
      resolve(result)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > capBytes) {
        // Stop reading: the caller answers 413 and closes the connection behind it.
        request.pause()
        chunks.length = 0
        finish(tooLarge(capBytes))
      } else chunks.push(chunk)
    }
    const onEnd = () => finish({ ok: true, body: Buffer.concat(chunks, size) })
    const onError = () => finish({ ok: false, status: 400, reason: 'the request body was cut off' })
    request.on('data', onData)
    request.on('end', onEnd)
    request.on('error', onError)
  })
}

function tooLarge(capBytes: number): BodyResult {
  return { ok: false, status: 413, reason: `request bodies are at most ${capBytes} bytes here` }
}
