import { spawn } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const REPO_ROOT = resolve(__dirname, '../../..')
export const BASELINE_BIN = join(REPO_ROOT, 'bin/baseline.js')

export interface CliResult {
  stdout: string
  stderr: string
  exitCode: number
}

// A private home for the CLI's settings and cache: an endpoint saved by someone's app must not
// decide which engine these tests talk to. One fixed folder (the tests never save settings), so
// runs leave nothing behind but it.
const isolatedHome = join(tmpdir(), 'baseline-test-cli-home')

/** The environment the CLI runs with: this process's, minus anything that picks another engine. */
export function cliEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(isolatedHome, 'config'),
    XDG_CACHE_HOME: join(isolatedHome, 'cache'),
    XDG_DATA_HOME: join(isolatedHome, 'data'),
    ...overrides,
  }
  delete env.BASELINE_DEBUG
  return env
}

/**
 * Runs `node bin/baseline.js …` as a user would run `npx baseline …`, and collects everything.
 * `cwd`: where the user stands (relative -o paths, .baseline.yml); the repository by default.
 */
export function runBaseline(args: string[], env: NodeJS.ProcessEnv = cliEnv(), cwd: string = REPO_ROOT): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BASELINE_BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      resolvePromise({ stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), exitCode: code ?? -1 })
    })
  })
}

/** Runs the CLI expecting success and parses its JSON output. */
export async function baselineJson<T>(args: string[]): Promise<T> {
  const result = await runBaseline([...args, '--json'])
  if (result.exitCode !== 0) {
    throw new Error(`baseline ${args.join(' ')} --json exited ${result.exitCode}: ${result.stderr.trim()}`)
  }
  return JSON.parse(result.stdout) as T
}
