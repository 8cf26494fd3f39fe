import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPackageParser, type PackageDatabase } from '../../electron/core/layers/package-records'
import type { PackageRecord } from '../../electron/core/layers/package-rules'
import { DATABASE_ENTRY_LIMIT, VALUE_LIMIT, type PackageRule } from '../../electron/core/layers/package-rules'
import { readRpmSqlite } from '../../electron/core/layers/rpm-database'
import { parseRpmHeader } from '../../electron/core/layers/rpm-header'
import { rpmHeader, writeRpmSqlite } from '../fixtures/packages/rpm-headers'
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

const RPM_SAMPLES = [
  rpmHeader({ name: 'glibc-langpack-en', version: '2.38', release: '10.fc39', epoch: 1, arch: 'x86_64', sourceRpm: 'glibc-2.38-10.fc39.src.rpm' }),
  rpmHeader({ name: 'gpg-pubkey', version: '18b8e74c', release: '62f2920f' }),
]

/** Binary mutations of an rpm header: flipped bytes, cut ends, counts and offsets overwritten with extremes. */
function mutateHeader(blob: Buffer, random: Random): Buffer {
  let out = Buffer.from(blob)
  for (let edits = 1 + random.int(4); edits > 0; edits -= 1) {
    const at = random.int(Math.max(1, out.length - 3))
    switch (random.int(5)) {
      case 0: out[at] = random.int(256); break
      case 1: out = out.subarray(0, random.int(out.length + 1)); break
      case 2: if (out.length >= at + 4) out.writeUInt32BE(random.pick([0, 1, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff, random.int(2 ** 32)]), at - (at % 4)); break
      case 3: out = Buffer.concat([out, Buffer.alloc(random.int(70_000), random.pick([0x00, 0xff, 0x41]))]); break
      default: out = Buffer.concat([out.subarray(0, at), random.pick(RPM_SAMPLES), out.subarray(at)])
    }
  }
  return out
}

function checkRecord(record: PackageRecord | null): void {
  if (record === null) return
  for (const value of [record.name, record.version, record.architecture, record.source]) {
    if (value !== null && (value === '' || value.length > VALUE_LIMIT)) throw new TypeError(`kept an empty or unbounded value: ${value.slice(0, 40)}`)
  }
}

/**
 * Mutated rpm headers through the parser; one input in 25 goes whole through readRpmSqlite as a
 * real rpmdb.sqlite, with the SQLite file's own bytes sometimes damaged too.
 */
export function fuzzRpmHeaders(seed: number, count: number): FuzzReport {
  const random = createRandom(seed)
  const folder = mkdtempSync(join(tmpdir(), 'baseline-fuzz-rpmdb-'))
  try {
    return fuzz(
      'rpm headers', count,
      () => ({ blobs: Array.from({ length: 1 + random.int(3) }, () => mutateHeader(random.pick(RPM_SAMPLES), random)), asDatabase: random.chance(0.04) }),
      ({ blobs, asDatabase }) => {
        blobs.forEach((blob) => checkRecord(parseRpmHeader(blob)))
        if (!asDatabase) return
        const path = join(folder, `rpmdb-${random.int(1e9)}.sqlite`)
        writeRpmSqlite(path, blobs)
        const bytes = readFileSync(path)
        rmSync(path, { force: true })
        if (random.chance(0.5)) for (let i = 0; i < 20; i += 1) bytes[random.int(bytes.length)] = random.int(256)
        readRpmSqlite(bytes, 'fuzz').records.forEach(checkRecord)
      },
      ({ blobs }) => `${blobs.length} headers, first ${blobs[0]?.length ?? 0} bytes starting ${blobs[0]?.subarray(0, 24).toString('hex') ?? ''}`,
    )
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
