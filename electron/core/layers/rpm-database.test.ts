import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { rpmHeader, writeRpmSqlite } from '../../../test/fixtures/packages/rpm-headers'
import { readRpmSqlite } from './rpm-database'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })))

function databaseBytes(blobs: Buffer[]): Buffer {
  const folder = mkdtempSync(join(tmpdir(), 'baseline-test-rpmdb-'))
  folders.push(folder)
  writeRpmSqlite(join(folder, 'rpmdb.sqlite'), blobs)
  return readFileSync(join(folder, 'rpmdb.sqlite'))
}

const ourTempFolders = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('baseline-rpmdb-'))

describe('reading rpmdb.sqlite', () => {
  it('lists every package of the Packages table, in hnum order, from the file rpm leaves in WAL mode', () => {
    const bytes = databaseBytes([
      rpmHeader({ name: 'bash', version: '5.2.21', release: '1.fc39', arch: 'x86_64', sourceRpm: 'bash-5.2.21-1.fc39.src.rpm' }),
      rpmHeader({ name: 'tzdata', version: '2024a', release: '1.fc39', arch: 'noarch', sourceRpm: 'tzdata-2024a-1.fc39.src.rpm' }),
    ])
    expect(bytes[18]).toBe(2)
    const before = ourTempFolders().length
    const read = readRpmSqlite(bytes, 'var/lib/rpm/rpmdb.sqlite')
    expect(read).toEqual({
      records: [
        { name: 'bash', version: '5.2.21-1.fc39', architecture: 'x86_64', source: null },
        { name: 'tzdata', version: '2024a-1.fc39', architecture: 'noarch', source: null },
      ],
      isCut: false,
      note: null,
    })
    expect(ourTempFolders().length).toBe(before)
  })

  it('lists the readable headers and counts the rest in a note', () => {
    const read = readRpmSqlite(databaseBytes([rpmHeader({ name: 'ok', version: '1', release: '1' }), Buffer.from('not a header'), Buffer.alloc(0)]), 'db')
    expect(read.records.map((record) => record.name)).toEqual(['ok'])
    expect(read.note).toBe('2 rpm headers could not be read and are not listed.')
  })

  it('says a file that is not an rpm SQLite database is not read, and leaves no temp file', () => {
    const before = ourTempFolders().length
    expect(readRpmSqlite(Buffer.from('SQLite format 3\0'), 'var/lib/rpm/rpmdb.sqlite').note).toMatch(/^rpm database not read: var\/lib\/rpm\/rpmdb\.sqlite is not a readable rpmdb\.sqlite/)
    expect(readRpmSqlite(databaseBytes([]).subarray(0, 4096), 'x').records).toEqual([])
    expect(ourTempFolders().length).toBe(before)
  })

  it('says SQLite is unavailable when the native module cannot load (a loader that throws stands in for a wrong-ABI build)', () => {
    const read = readRpmSqlite(databaseBytes([rpmHeader({ name: 'bash' })]), 'var/lib/rpm/rpmdb.sqlite', () => {
      throw new Error('was compiled against a different Node.js version')
    })
    expect(read).toEqual({ records: [], isCut: false, note: expect.stringMatching(/^rpm database not read: SQLite unavailable/) as unknown })
  })
})

describe('reading an rpmdb.sqlite of more packages than the limit', () => {
  it('keeps the first 50,000 and says the list is cut', () => {
    const blob = rpmHeader({ name: 'p', version: '1', release: '1' })
    const read = readRpmSqlite(databaseBytes(Array.from({ length: 50_001 }, () => blob)), 'db')
    expect(read.records).toHaveLength(50_000)
    expect(read.isCut).toBe(true)
  })
})
