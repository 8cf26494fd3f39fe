import { DATABASE_BYTE_LIMIT, DATABASE_ENTRY_LIMIT, PACKAGE_FILE_BYTE_LIMIT, VALUE_LIMIT, type PackageRecord, type PackageRule } from './package-rules'
import { StanzaReader, type Stanza } from './package-stanzas'
import { readRpmSqlite, type RpmRead } from './rpm-database'

/** What one database file of one layer listed. */
export interface PackageDatabase {
  rule: PackageRule
  records: PackageRecord[]
  /** It held more than we read (bytes or entries): the list is its start. */
  isCut: boolean
  /** Why it was not read, or not read whole, in words other than isCut's (rpm: SQLite unavailable …). */
  note: string | null
}

/** Takes a database file's bytes as they stream and parses them into records, within its limits. */
export interface PackageParser {
  push(chunk: Buffer): void
  end(): PackageDatabase
}

/**
 * dpkg keeps removed packages' stanzas ("deinstall ok config-files"); only an installed one counts.
 * A stanza without Status (distroless status.d) is installed: it was written for an installed package.
 */
export function isDpkgInstalled(status: string | null | undefined): boolean {
  if (status === null || status === undefined) return true
  return /\binstalled\s*$/.test(status) && !/config-files|not-installed/.test(status)
}

/** `path` names the database in notes. */
export function createPackageParser(rule: PackageRule, path: string = rule): PackageParser {
  const records: PackageRecord[] = []
  let isCut = false
  let note: string | null = null
  const add = (record: PackageRecord | null): void => {
    if (record === null) return
    if (records.length >= DATABASE_ENTRY_LIMIT) isCut = true
    else records.push(record)
  }
  const limit = rule === 'dpkg-status' || rule === 'apk-installed' || rule === 'rpm-sqlite' ? DATABASE_BYTE_LIMIT : PACKAGE_FILE_BYTE_LIMIT
  const inner = rule === 'node-package' ? jsonParser(add) : rule === 'rpm-sqlite' ? rpmParser(path, (read) => {
    read.records.forEach(add)
    isCut ||= read.isCut
    note = read.note
  }) : stanzaParser(rule, add)
  let read = 0
  return {
    push(chunk) {
      if (read >= limit) {
        isCut ||= chunk.length > 0
        return
      }
      const part = chunk.subarray(0, limit - read)
      read += part.length
      if (part.length < chunk.length) isCut = true
      inner.push(part)
    },
    end() {
      // A package.json or an SQLite file cut short is no such file: it is dropped rather than half read.
      if (!((rule === 'node-package' || rule === 'rpm-sqlite') && isCut)) inner.end()
      else if (rule === 'rpm-sqlite') note = `rpm database not read: ${path} is larger than Baseline reads (${DATABASE_BYTE_LIMIT / 1024 / 1024} MB).`
      return { rule, records, isCut, note }
    },
  }
}

type StanzaRule = Exclude<PackageRule, 'node-package' | 'rpm-sqlite'>

const STANZA_FIELDS: Record<StanzaRule, string[]> = {
  'dpkg-status': ['Package', 'Version', 'Architecture', 'Source', 'Status'],
  'dpkg-status-d': ['Package', 'Version', 'Architecture', 'Source', 'Status'],
  'apk-installed': ['P', 'V', 'A', 'o'],
  'python-metadata': ['Name', 'Version'],
}

function stanzaParser(rule: StanzaRule, add: (record: PackageRecord | null) => void): { push(chunk: Buffer): void; end(): void } {
  const reader = new StanzaReader(new Set(STANZA_FIELDS[rule]), (stanza) => add(recordOf(rule, stanza)), rule === 'python-metadata')
  return { push: (chunk) => reader.push(chunk), end: () => reader.end() }
}

function recordOf(rule: StanzaRule, stanza: Stanza): PackageRecord | null {
  const value = (key: string): string | null => nonEmpty(stanza.get(key))
  if (rule === 'apk-installed') {
    const name = value('P')
    return name === null ? null : { name, version: value('V'), architecture: value('A'), source: differentSource(value('o'), name) }
  }
  if (rule === 'python-metadata') {
    const name = value('Name')
    return name === null ? null : { name, version: value('Version'), architecture: null, source: null }
  }
  const name = value('Package')
  if (name === null || !isDpkgInstalled(stanza.get('Status'))) return null
  // "Source: glibc (2.36-9)": the source's own version, when it differs, follows in parentheses.
  const source = value('Source')?.split(' ')[0] ?? null
  return { name, version: value('Version'), architecture: value('Architecture'), source: differentSource(source, name) }
}

function differentSource(source: string | null, name: string): string | null {
  return source === null || source === name ? null : source
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value
}

/** A package.json is whole or nothing; only its name and version are read of it. */
function jsonParser(add: (record: PackageRecord | null) => void): { push(chunk: Buffer): void; end(): void } {
  const parts: Buffer[] = []
  return {
    push: (chunk) => void parts.push(Buffer.from(chunk)),
    end() {
      let parsed: unknown
      try {
        parsed = JSON.parse(Buffer.concat(parts).toString('utf8'))
      } catch {
        return
      }
      if (typeof parsed !== 'object' || parsed === null) return
      const { name, version } = parsed as Record<string, unknown>
      if (typeof name !== 'string' || name.trim() === '') return
      add({ name: name.trim().slice(0, VALUE_LIMIT), version: typeof version === 'string' && version !== '' ? version.slice(0, VALUE_LIMIT) : null, architecture: null, source: null })
    },
  }
}

/** rpmdb.sqlite is gathered whole (within the byte limit) and read as a database at its end. */
function rpmParser(path: string, done: (read: RpmRead) => void): { push(chunk: Buffer): void; end(): void } {
  const parts: Buffer[] = []
  return {
    push: (chunk) => void parts.push(Buffer.from(chunk)),
    end() {
      const bytes = Buffer.concat(parts)
      parts.length = 0
      done(readRpmSqlite(bytes, path))
    },
  }
}
