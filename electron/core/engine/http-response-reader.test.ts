import { describe, expect, it } from 'vitest'
import { HttpResponseReader } from './http-response-reader'

const HEAD = 'HTTP/1.1 200 OK\r\nContent-Type: application/x-tar\r\n'

/** What a Go server sends for a body written in these pieces with Transfer-Encoding: chunked. */
function chunked(pieces: string[]): Buffer {
  const body = pieces.map((piece) => `${Buffer.byteLength(piece).toString(16)}\r\n${piece}\r\n`).join('')
  return Buffer.from(`${HEAD}Transfer-Encoding: chunked\r\n\r\n${body}0\r\n\r\n`)
}

/** Feeds `wire` split into reads of `size` bytes, each read overwritten after the call as a socket's buffer is. */
function readAll(wire: Buffer, size: number): { body: string; reader: HttpResponseReader } {
  let body = ''
  const reader = new HttpResponseReader((piece) => {
    body += piece.toString('latin1')
    return null
  })
  const scratch = Buffer.alloc(size)
  for (let at = 0; at < wire.length; at += size) {
    const bytes = wire.copy(scratch, 0, at, Math.min(wire.length, at + size))
    reader.feed(scratch.subarray(0, bytes))
    scratch.fill(0x58)
  }
  return { body, reader }
}

describe('HttpResponseReader', () => {
  it('de-chunks a body whatever the read boundaries, and knows when it is whole', () => {
    const wire = chunked(['hello ', 'tar ', 'world', 'x'.repeat(70_000)])
    for (const size of [1, 2, 3, 7, 64, 1000, wire.length]) {
      const { body, reader } = readAll(wire, size)
      expect(body).toBe(`hello tar world${'x'.repeat(70_000)}`)
      expect(reader.complete).toBe(true)
      expect(reader.head?.status).toBe(200)
    }
  })

  it('reads a Content-Length body and a body that ends with the connection', () => {
    const sized = readAll(Buffer.from(`${HEAD}Content-Length: 5\r\n\r\nabcde`), 3)
    expect(sized.body).toBe('abcde')
    expect(sized.reader.complete).toBe(true)
    const open = readAll(Buffer.from(`${HEAD}\r\nuntil the end`), 4)
    expect(open.body).toBe('until the end')
    expect(open.reader.complete).toBe(false)
    expect(open.reader.endsWithConnection).toBe(true)
  })

  it('is not whole when the last chunk has not come', () => {
    const wire = chunked(['abc', 'def'])
    const { reader } = readAll(wire.subarray(0, wire.length - 5), 10)
    expect(reader.complete).toBe(false)
    expect(reader.endsWithConnection).toBe(false)
  })

  it('waits for a writer that asks to, then reads the rest it had copied', async () => {
    const written: string[] = []
    let release: () => void = () => undefined
    const reader = new HttpResponseReader((piece) => {
      written.push(piece.toString())
      return written.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : null
    })
    const wire = chunked(['first', 'second'])
    const read = Buffer.from(wire)
    const wait = reader.feed(read)
    read.fill(0) // the socket reads the next bytes into the same memory
    expect(written).toEqual(['first'])
    release()
    await wait
    expect(written).toEqual(['first', 'second'])
    expect(reader.complete).toBe(true)
  })

  it('refuses what is not an engine answering: another protocol, a huge head, a bad chunk size', () => {
    const reader = (): HttpResponseReader => new HttpResponseReader(() => null)
    expect(() => reader().feed(Buffer.from('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(/did not answer in HTTP\/1.1/)
    expect(() => reader().feed(Buffer.from(`${HEAD}X: ${'a'.repeat(70_000)}`))).toThrow(/larger than 64 KiB/)
    expect(() => reader().feed(Buffer.from(`${HEAD}Transfer-Encoding: chunked\r\n\r\nzz\r\n`))).toThrow(/malformed chunk size/)
    expect(() => reader().feed(Buffer.from(`${HEAD}Transfer-Encoding: chunked\r\n\r\n${'1'.repeat(5000)}`))).toThrow(/longer than 4 KiB/)
  })
})
