import { TarWalker } from '../../electron/core/layers/tar-walker'
import { fuzz, type FuzzReport } from './fuzz-run'
import { createRandom, type Random } from './prng'

const BLOCK = 512

/** A ustar header, written by hand so the fuzzer can also write what no tar tool would. */
function header(name: string, size: number, typeflag: string, linkname = ''): Buffer {
  const block = Buffer.alloc(BLOCK)
  block.write(name.slice(0, 100), 0, 'utf8')
  block.write('0000644\0', 100)
  block.write('0000000\0', 108)
  block.write('0000000\0', 116)
  block.write(`${size.toString(8).padStart(11, '0')}\0`, 124)
  block.write('00000000000\0', 136)
  block.write(typeflag, 156)
  block.write(linkname.slice(0, 100), 157, 'utf8')
  block.write('ustar\0' + '00', 257, 'binary')
  block.fill(' ', 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
  return block
}

function entry(name: string, body: Buffer, typeflag = '0', linkname = ''): Buffer {
  const padding = Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK)
  return Buffer.concat([header(name, body.length, typeflag, linkname), body, padding])
}

function pax(records: Record<string, string>): Buffer {
  const body = Object.entries(records).map(([key, value]) => {
    const core = ` ${key}=${value}\n`
    let length = core.length + 1
    while (`${length}${core}`.length !== length) length += 1
    return `${length}${core}`
  }).join('')
  return entry('PaxHeaders/x', Buffer.from(body), 'x')
}

/** Small, valid layer tars: files, a folder, a symlink, a whiteout, pax and GNU long names. */
export function sampleArchives(): Buffer[] {
  const end = Buffer.alloc(BLOCK * 2)
  const long = `usr/${'deep/'.repeat(40)}file`
  return [
    Buffer.concat([entry('etc/', Buffer.alloc(0), '5'), entry('etc/os-release', Buffer.from('ID=debian\nVERSION_ID="12"\n')), end]),
    Buffer.concat([entry('bin/sh', Buffer.alloc(0), '2', 'busybox'), entry('bin/.wh.old', Buffer.alloc(0)), end]),
    Buffer.concat([pax({ path: long, linkpath: 'x' }), entry('ignored', Buffer.from('body')), end]),
    Buffer.concat([entry('././@LongLink', Buffer.from(`${long}\0`), 'L'), entry('short', Buffer.alloc(700, 1)), end]),
  ]
}

/** Makes a header block's checksum hold again, so the mutation behind it gets read, not refused at once. */
function fixChecksum(archive: Buffer, start: number): void {
  if (start + BLOCK > archive.length) return
  const block = archive.subarray(start, start + BLOCK)
  block.fill(' ', 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148)
}

const SIZE_FIELDS = ['77777777777', '-1', '99999999999', '\x80\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff', 'NaN', '00000001000']

/** Flipped bytes, cut ends, doubled blocks, rewritten size fields and type flags. */
export function mutateArchive(archive: Buffer, random: Random): Buffer {
  let out = Buffer.from(archive)
  const edits = 1 + random.int(4)
  for (let i = 0; i < edits; i += 1) {
    const at = random.int(out.length)
    const block = at - (at % BLOCK)
    switch (random.int(6)) {
      case 0: out[at] = random.int(256); break
      case 1: out = out.subarray(0, at); break
      case 2: out = Buffer.concat([out.subarray(0, block), out.subarray(block)]); break
      case 3: if (block + 136 <= out.length) out.write(random.pick(SIZE_FIELDS), block + 124, 'binary'); break
      case 4: if (block + 157 <= out.length) out.write(random.pick(['x', 'L', 'K', 'g', '1', '2', '5', '\xff']), block + 156, 'binary'); break
      default: out = Buffer.concat([out, Buffer.alloc(random.int(2000), random.int(256))])
    }
    if (random.chance(0.7)) fixChecksum(out, block)
  }
  return out
}

/** Walks the archive in chunks of random sizes, reading some bodies, as the layer scan does. */
export function walk(archive: Buffer, random: Random): number {
  let bytes = 0
  const walker = new TarWalker((entryHeader) => (entryHeader.name.length % 2 === 0 ? { push: (chunk) => { bytes += chunk.length }, end: () => undefined } : null))
  for (let at = 0; at < archive.length;) {
    const size = 1 + random.int(1024)
    walker.write(archive.subarray(at, at + size))
    at += size
  }
  walker.end()
  return bytes
}

export function fuzzTarArchives(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  const samples = sampleArchives()
  return fuzz(
    'tar archives', count,
    () => mutateArchive(random.pick(samples), random),
    (archive) => walk(archive, random),
    (archive) => `${archive.length}-byte archive starting ${archive.subarray(0, 32).toString('latin1')}`,
  )
}
