import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LayerScan } from '../../../shared/model'
import { BASELINE_BIN, cliEnv } from './baseline-cli'

export interface ScanCliResult {
  exitCode: number | null
  stdout: string
  stderr: string
  /** True when the command was killed for running past its time limit. */
  hung: boolean
  ms: number
}

export interface ScanCliOptions {
  /** The working folder and TMPDIR the command runs with (a disk sandbox's, to watch for writes). */
  cwd: string
  tmp: string
  timeoutMs: number
}

/**
 * `baseline scan REF --json` as a user runs it, with a fresh cache (so it really scans), killed
 * after `timeoutMs`: a hang is an outcome to report, not a stuck suite.
 */
export function runScanCli(reference: string, options: ScanCliOptions): Promise<ScanCliResult> {
  const cacheHome = mkdtempSync(join(tmpdir(), 'baseline-scan-cache-'))
  const env = cliEnv({ XDG_CACHE_HOME: cacheHome, TMPDIR: options.tmp })
  const started = Date.now()
  const child = spawn(process.execPath, [BASELINE_BIN, 'scan', reference, '--json'], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
  return new Promise((resolve, reject) => {
    let hung = false
    const timer = setTimeout(() => {
      hung = true
      child.kill('SIGKILL')
    }, options.timeoutMs)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      rmSync(cacheHome, { recursive: true, force: true })
      resolve({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), hung, ms: Date.now() - started })
    })
  })
}

/** The LayerScan a successful run printed; a failure throws with what the person saw. */
export function scanOf(result: ScanCliResult): LayerScan {
  if (result.hung) throw new Error(`baseline scan did not finish within ${result.ms} ms (killed)`)
  if (result.exitCode !== 0) throw new Error(`baseline scan exited ${result.exitCode}: ${result.stderr.trim()}`)
  return JSON.parse(result.stdout) as LayerScan
}
