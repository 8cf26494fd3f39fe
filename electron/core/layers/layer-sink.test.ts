import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DecompressingSink } from './layer-sink'
import { gzipBytes } from './test-support'

describe('DecompressingSink', () => {
  it('lets a reader waiting for room go when the layer ends in the same chunk', async () => {
    let received = 0
    const sink = new DecompressingSink({ push: (chunk) => void (received += chunk.length), end: () => undefined })
    const body = randomBytes(2 * 1024 * 1024)
    // Far above zlib's 16 KiB mark: the write asks the reader to wait for 'drain' …
    sink.push(await gzipBytes(body))
    // … and the body ends right there, as a layer whose last bytes close an outer chunk does.
    sink.end()
    const wait = sink.drained()
    // A Writable that is ending never emits 'drain': a wait left open would outlive zlib itself.
    const first = await Promise.race([
      (wait ?? Promise.resolve()).then(() => 'released'),
      sink.finished().then(() => new Promise((resolve) => setImmediate(() => resolve('zlib closed first')))),
    ])
    expect(first).toBe('released')
    await sink.finished()
    expect(received).toBe(body.length)
  })
})
