import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import type { FileEntry, LayerScan } from '../../../shared/model'
import { REPO_ROOT } from './baseline-cli'

/** The scanner as the CLI runs it (compiled by the integration global setup). */
const COMPILED_SCAN_EXPORT = join(REPO_ROOT, 'out/cli/electron/core/layers/scan-export.js')

// Reads the archive from stdin and prints the scan, or the error's message, as one JSON line, with
// the RSS before the scan and the kernel's high-water mark (VmHWM) right after it.
const CHILD_SCRIPT = `
const { readFileSync } = require('node:fs')
const { scanExport } = require(${JSON.stringify(COMPILED_SCAN_EXPORT)})
const withEntries = process.argv[1] === 'entries'
const rssBeforeBytes = process.memoryUsage().rss
const peakRssBytes = () => Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) * 1024
scanExport(process.stdin).then(
  (result) => {
    const memory = { rssBeforeBytes, peakRssBytes: peakRssBytes() }
    const layerEntries = withEntries ? result.layerEntries : []
    process.stdout.write(JSON.stringify({ ok: true, scan: result.scan, layerEntries, memory }))
  },
  (error) => process.stdout.write(JSON.stringify({ ok: false, code: error.code ?? null, message: String(error.message ?? error) })),
)
`

export interface ChildMemory {
  /** RSS of the child once Node and the scanner are loaded, before the first byte. */
  rssBeforeBytes: number
  /** VmHWM when the scan resolved: the kernel's own peak, no sampling involved. */
  peakRssBytes: number
}

export type ChildScan =
  | { outcome: 'scanned'; scan: LayerScan; layerEntries: FileEntry[][]; memory: ChildMemory; ms: number }
  | { outcome: 'failed'; code: string | null; message: string; ms: number }
  | { outcome: 'hung'; ms: number }

/**
 * Scans an archive in a child process that is killed after `timeoutMs`. A parser caught in a
 * synchronous loop (a symlink followed forever) blocks its whole event loop, so an in-process
 * test could never time out; from outside, the hang is seen, reported and ended. The child also
 * measures its peak memory exactly: in-process sampling misses peaks, because a scan fed from
 * memory runs on microtasks and no timer fires until it is over.
 */
export function scanInChild(archive: AsyncIterable<Buffer>, timeoutMs: number, options: { entries?: boolean } = {}): Promise<ChildScan> {
  const started = Date.now()
  const mode = options.entries === false ? 'no-entries' : 'entries'
  const child = spawn(process.execPath, ['-e', CHILD_SCRIPT, mode], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  // A child that stops reading (it failed, or hangs) must not fail the write: the outcome tells.
  pipeline(Readable.from(archive), child.stdin).catch(() => undefined)
  return new Promise((resolve, reject) => {
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', () => {
      clearTimeout(timer)
      const ms = Date.now() - started
      if (timedOut) return resolve({ outcome: 'hung', ms })
      const text = Buffer.concat(out).toString('utf8')
      if (text === '') return reject(new Error(`the scanning child printed nothing: ${stderr.trim()}`))
      type Answer = { ok: true; scan: LayerScan; layerEntries: FileEntry[][]; memory: ChildMemory } | { ok: false; code: string | null; message: string }
      const answer = JSON.parse(text) as Answer
      if (!answer.ok) return resolve({ outcome: 'failed', code: answer.code, message: answer.message, ms })
      resolve({ outcome: 'scanned', scan: answer.scan, layerEntries: answer.layerEntries, memory: answer.memory, ms })
    })
  })
}
