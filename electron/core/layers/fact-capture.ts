import { isDpkgInstalled } from './package-records'

/**
 * Which files of a layer are read while they stream past, for the facts. Only small text files
 * are kept (os-release, a Go or JDK VERSION/release file); package databases can be megabytes, so
 * their packages are counted line by line and nothing of them is kept.
 */
export type CaptureRule = 'text' | 'dpkg-status' | 'apk-installed'

/** Bigger "small text files" are not what they claim to be: they are skipped, not cut. */
export const CAPTURE_TEXT_LIMIT = 64 * 1024

const TEXT_PATHS = [
  /^(etc|usr\/lib)\/os-release$/,
  /^usr\/(local\/)?(lib\/)?go(-[\d.]+)?\/VERSION$/,
  /^(opt\/java\/[^/]+|usr\/lib\/jvm\/[^/]+|usr\/local\/openjdk-[^/]+)\/release$/,
]

export function captureRuleFor(path: string): CaptureRule | null {
  if (path === 'var/lib/dpkg/status') return 'dpkg-status'
  if (path === 'lib/apk/db/installed') return 'apk-installed'
  return TEXT_PATHS.some((pattern) => pattern.test(path)) ? 'text' : null
}

/**
 * Counts packages in a database as it streams, one line at a time, holding at most the start of
 * one line between chunks. dpkg: a stanza counts when it names a Package and, if it has a Status,
 * that status ends in "installed" (removed packages keep "deinstall ok config-files" stanzas).
 * apk: one `P:` line per installed package.
 */
export class PackageCounter {
  private count = 0
  private carry = ''
  private stanzaHasPackage = false
  private stanzaStatus: string | null = null

  constructor(private readonly rule: 'dpkg-status' | 'apk-installed') {}

  push(chunk: Uint8Array): void {
    const text = this.carry + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1')
    const lines = text.split('\n')
    // A line's start is all that is read: a long Description line cannot grow the carry.
    this.carry = (lines.pop() ?? '').slice(0, 256)
    for (const line of lines) this.line(line)
  }

  finish(): number {
    if (this.carry !== '') this.line(this.carry)
    this.line('')
    return this.count
  }

  private line(line: string): void {
    if (this.rule === 'apk-installed') {
      if (line.startsWith('P:')) this.count += 1
      return
    }
    if (line.trim() === '') {
      if (this.stanzaHasPackage && isDpkgInstalled(this.stanzaStatus)) this.count += 1
      this.stanzaHasPackage = false
      this.stanzaStatus = null
    } else if (line.startsWith('Package:')) {
      this.stanzaHasPackage = true
    } else if (line.startsWith('Status:')) {
      this.stanzaStatus = line.slice('Status:'.length).trim()
    }
  }
}
