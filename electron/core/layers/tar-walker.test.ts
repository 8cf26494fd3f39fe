import { describe, expect, it } from 'vitest'
import { TarWalker, type WalkedHeader } from './tar-walker'
import { bytesOf, tarBytes } from './test-support'

/** Walks `bytes` fed `size` bytes at a time; returns the headers and each kept body as text. */
function walk(bytes: Buffer, size: number, keep: (header: WalkedHeader) => boolean = () => false) {
  const headers: WalkedHeader[] = []
  const bodies = new Map<string, string>()
  const walker = new TarWalker((header) => {
    headers.push(header)
    if (!keep(header)) return null
    const parts: Buffer[] = []
    return { push: (chunk) => parts.push(Buffer.from(chunk)), end: () => bodies.set(header.name, Buffer.concat(parts).toString('utf8')) }
  })
  for (let at = 0; at < bytes.length; at += size) walker.write(bytes.subarray(at, at + size))
  walker.end()
  return { headers, bodies }
}

/** A minimal ustar header block with a correct checksum, for what tar-stream will not write. */
function rawHeader(name: string, typeflag: string, size: number): Buffer {
  const block = Buffer.alloc(512)
  block.write(name, 0, 100, 'utf8')
  block.write('0000644\0', 100)
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  block.write(typeflag, 156)
  block.write('ustar\0', 257)
  block.write('00', 263)
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return block
}

const padded = (body: Buffer) => Buffer.concat([body, Buffer.alloc((512 - (body.length % 512)) % 512)])

describe('TarWalker', () => {
  it('reads the same headers and bodies whatever the chunk size, 1 byte included', async () => {
    const tar = await tarBytes([
      { name: 'etc/', type: 'directory' },
      { name: 'etc/os-release', content: 'ID=alpine\n' },
      { name: 'big.bin', content: bytesOf(70_000) },
      { name: 'etc/sh', type: 'symlink', linkname: '/bin/busybox' },
      { name: 'etc/same', type: 'link', linkname: 'etc/os-release' },
    ])
    for (const size of [1, 7, 512, 4096, tar.length]) {
      const { headers, bodies } = walk(tar, size, (header) => header.name === 'etc/os-release')
      expect(headers.map(({ name, typeflag, size: bytes, linkname }) => [name, typeflag, bytes, linkname])).toEqual([
        ['etc/', '5', 0, ''],
        ['etc/os-release', '0', 10, ''],
        ['big.bin', '0', 70_000, ''],
        ['etc/sh', '2', 0, '/bin/busybox'],
        ['etc/same', '1', 0, 'etc/os-release'],
      ])
      expect(bodies.get('etc/os-release')).toBe('ID=alpine\n')
    }
  })

  it('takes 4 KB names and link targets from pax headers, multibyte letters intact', async () => {
    const name = `deep/${'é'.repeat(1000)}/${'n'.repeat(2000)}.txt`
    const target = `t/${'ü'.repeat(2000)}`
    const tar = await tarBytes([
      { name, content: 'x' },
      { name: 'link', type: 'symlink', linkname: target },
    ])
    const { headers } = walk(tar, 300)
    expect(headers.map((header) => [header.name, header.linkname])).toEqual([[name, ''], ['link', target]])
  })

  it('takes GNU long names (type L) for the entry that follows', () => {
    const longName = `${'g'.repeat(300)}/file`
    const nameBody = Buffer.from(`${longName}\0`)
    const tar = Buffer.concat([
      rawHeader('././@LongLink', 'L', nameBody.length),
      padded(nameBody),
      rawHeader('short', '0', 3),
      padded(Buffer.from('abc')),
      Buffer.alloc(1024),
    ])
    expect(walk(tar, 100).headers.map((header) => [header.name, header.size])).toEqual([[longName, 3]])
  })

  it('stops at the end-of-archive marker and ignores what follows it', () => {
    const tar = Buffer.concat([rawHeader('a', '0', 0), Buffer.alloc(1024), Buffer.from('trailing garbage')])
    expect(walk(tar, 64).headers.map((header) => header.name)).toEqual(['a'])
  })

  it('says the data ended early when the archive is cut inside a body or a header', async () => {
    const tar = await tarBytes([{ name: 'a.bin', content: bytesOf(5000) }])
    expect(() => walk(tar.subarray(0, 2000), 512)).toThrow(/Unexpected end of data/)
    expect(() => walk(tar.subarray(0, 300), 512)).toThrow(/Unexpected end of data/)
  })

  it('refuses a block that is not a tar header (bad checksum)', () => {
    expect(() => walk(Buffer.alloc(512, 0x41), 512)).toThrow(/checksum/)
  })
})
