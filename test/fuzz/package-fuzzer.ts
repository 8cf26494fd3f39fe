import { createPackageParser, type PackageDatabase } from '../../electron/core/layers/package-records'
import { DATABASE_ENTRY_LIMIT, VALUE_LIMIT, type PackageRule } from '../../electron/core/layers/package-rules'
import { fuzz, type FuzzReport } from './fuzz-run'
import { HOSTILE_FRAGMENTS } from './hostile-strings'
import { createRandom, type Random } from './prng'

const MAX_INPUT = 400 * 1024

/** Real-shaped databases of each kind the scan reads, to mutate. */
const SAMPLES: [PackageRule, string][] = [
  ['dpkg-status', 'Package: libc6\nStatus: install ok installed\nArchitecture: amd64\nSource: glibc (2.36-9)\nVersion: 2.36-9+deb12u1\nDescription: GNU C Library\n long text\n .\n more\n\nPackage: old\nStatus: deinstall ok config-files\nVersion: 1\n\n'],
  ['dpkg-status-d', 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n'],
  ['apk-installed', 'C:Q1abc=\nP:musl\nV:1.2.5-r0\nA:x86_64\no:musl\nF:lib\nR:ld-musl-x86_64.so.1\n\nP:busybox\nV:1.36.1-r29\n\n'],
  ['python-metadata', 'Metadata-Version: 2.1\nName: numpy\nVersion: 2.1.0\nSummary: x\n\nName: not-a-header\n'],
  ['node-package', '{"name":"@scope/left","version":"1.0.0","dependencies":{"a":"^1"}}'],
]

function mutate(text: string, random: Random): Buffer {
  let out = Buffer.from(text)
  const edits = 1 + random.int(4)
  for (let i = 0; i < edits; i += 1) {
    const at = random.int(out.length + 1)
    switch (random.int(7)) {
      case 0: if (out.length > 0) out[Math.min(at, out.length - 1)] = random.int(256); break
      case 1: out = out.subarray(0, at); break
      case 2: out = Buffer.concat([out.subarray(0, at), Buffer.from(random.pick(HOSTILE_FRAGMENTS)), out.subarray(at)]); break
      // A line far longer than any kept: a description of megabytes, or no newline at all.
      case 3: out = Buffer.concat([out.subarray(0, at), Buffer.alloc(random.int(300_000), random.pick([0x61, 0x3a, 0x20, 0x0a, 0x00])), out.subarray(at)]); break
      case 4: out = Buffer.concat(Array.from({ length: 1 + random.int(50) }, () => out)); break
      case 5: out = Buffer.from(out.toString('latin1').replaceAll('\n', random.pick(['\r\n', '\r', '\n\n\n', '\u2028'])), 'latin1'); break
      default: out = Buffer.concat([out, Buffer.from(`${random.pick(['Package', 'P', 'Name', 'Status', 'V'])}:${'x'.repeat(random.int(2000))}\n`)])
    }
    // Big enough to pass a line limit and the package.json limit many times; small enough to stay a smoke.
    out = out.subarray(0, MAX_INPUT)
  }
  return out
}

/** Feeds the parser in chunks of random sizes, as layers arrive, and checks what it kept is bounded. */
function parse(rule: PackageRule, bytes: Buffer, random: Random): PackageDatabase {
  const parser = createPackageParser(rule)
  for (let at = 0; at < bytes.length;) {
    const size = 1 + random.int(4096)
    parser.push(bytes.subarray(at, at + size))
    at += size
  }
  const database = parser.end()
  if (database.records.length > DATABASE_ENTRY_LIMIT) throw new TypeError(`kept ${database.records.length} records`)
  for (const record of database.records) {
    if (record.name === '' || record.name.length > VALUE_LIMIT || (record.version?.length ?? 0) > VALUE_LIMIT) {
      throw new TypeError(`kept an empty or unbounded value: ${record.name.slice(0, 40)}`)
    }
  }
  return database
}

export function fuzzPackageDatabases(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  return fuzz(
    'package databases', count,
    () => {
      const [rule, text] = random.pick(SAMPLES)
      return { rule, bytes: mutate(text, random) }
    },
    ({ rule, bytes }) => parse(rule, bytes, random),
    ({ rule, bytes }) => `${rule}: ${bytes.length} bytes starting ${bytes.subarray(0, 48).toString('latin1')}`,
  )
}
