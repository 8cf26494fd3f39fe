import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from './support/baseline-cli'

interface StartResult {
  exitCode: number | null
  stdout: string
  stderr: string
  ms: number
}

/** `npm start` as a newcomer types it (npm runs scripts/start.mjs), killed if it outlives `timeoutMs`. */
function npmStart(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<StartResult> {
  const started = Date.now()
  const child = spawn('npm', ['start', '--silent'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started })
    })
  })
}

/** This environment without anything that points at an Electron binary. */
function withoutElectronPointers(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.ELECTRON_EXEC_PATH
  delete env.ELECTRON_OVERRIDE_DIST_PATH
  return { ...env, ...extra }
}

const sandbox = mkdtempSync(join(tmpdir(), 'baseline-npm-start-'))
afterAll(() => rmSync(sandbox, { recursive: true, force: true }))

/** A stand-in for the Electron executable that writes down how it was started, then exits 0. */
function standIn(folder: string, record: string): string {
  const path = join(folder, 'electron')
  writeFileSync(path, `#!/bin/sh\n{ echo "cwd=$(pwd)"; for a in "$@"; do echo "arg=$a"; done; env | grep '^ELECTRON_EXEC_PATH='; } > '${record}'\n`)
  chmodSync(path, 0o755)
  return path
}

/** A loopback port nothing listens on: one just opened and closed again. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

const electronInstalled = existsSync(join(REPO_ROOT, 'node_modules/electron/path.txt'))

describe('npm start', () => {
  // Where a real Electron binary was fetched already, npm start would open the app instead.
  it.skipIf(electronInstalled)('with no Electron binary and a download that is refused: one plain paragraph, no stack trace, exit 1', async () => {
    // ELECTRON_MIRROR at a closed loopback port refuses at once, as a proxy that says no does.
    const mirror = `http://127.0.0.1:${await closedPort()}/`
    const result = await npmStart(withoutElectronPointers({ ELECTRON_MIRROR: mirror, electron_config_cache: join(sandbox, 'electron-cache') }))
    console.log(`[npm start] refused download: exit ${result.exitCode} after ${(result.ms / 1000).toFixed(1)} s\n${result.stderr}`)
    expect(result.exitCode).toBe(1)
    expect(result.stderr).toContain('Baseline could not start its desktop window: the Electron 45.4.1 binary is not on this machine and could not be fetched')
    expect(result.stderr).toContain('ELECTRON_EXEC_PATH=/path/to/electron npm start')
    expect(result.stderr).toContain('ELECTRON_OVERRIDE_DIST_PATH=/path/to/dist npm start')
    expect(result.stderr).toContain('npx baseline ui')
    expect(result.stderr, 'no stack trace').not.toMatch(/^\s+at /m)
    expect(existsSync(join(REPO_ROOT, 'node_modules/electron/path.txt')), 'nothing half-installed').toBe(false)
  })

  it.each([
    ['ELECTRON_EXEC_PATH', (folder: string, record: string) => ({ ELECTRON_EXEC_PATH: standIn(folder, record) })],
    ['ELECTRON_OVERRIDE_DIST_PATH', (folder: string, record: string) => (standIn(folder, record), { ELECTRON_OVERRIDE_DIST_PATH: folder })],
  ])('with %s at a stand-in executable: builds, then starts it on the built main entry', async (name, point) => {
    const folder = mkdtempSync(join(sandbox, 'stand-in-'))
    const record = join(folder, 'record.txt')
    const started = Date.now()
    const result = await npmStart(withoutElectronPointers(point(folder, record)))
    expect(result.exitCode, result.stderr).toBe(0)
    const lines = readFileSync(record, 'utf8').trim().split('\n')
    // Electron is started as `electron .` in the project: package.json's main is what it runs.
    expect(lines).toEqual([`cwd=${REPO_ROOT}`, 'arg=.', `ELECTRON_EXEC_PATH=${join(folder, 'electron')}`])
    const main = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).main as string
    expect(main).toBe('out/main/index.js')
    expect(statSync(join(REPO_ROOT, main)).mtimeMs, `${name}: the main entry was built by this start`).toBeGreaterThanOrEqual(started - 1000)
  })
})
