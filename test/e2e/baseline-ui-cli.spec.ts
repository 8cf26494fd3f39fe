import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { CACHE_FILE_NAME } from '../../electron/core/cache/cache-store'
import { fixtureRefs } from '../fixtures/images'
import { imageId } from './harness/docker-cli'
import { probe, sessionCookieFrom } from './harness/http-probe'
import { NO_DAEMON_ENV } from './harness/preflight'
import { baselineBin } from './harness/renderer-server'
import { expect, test } from './harness/fixtures'

/** `baseline ui` started as a person starts it: the built command, in its own process. */
interface Running {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function startUi(args: string[], cacheHome: string): Running {
  let stdout = ''
  let stderr = ''
  // No DISPLAY: even without --no-open no browser could be opened; the flag is what is tested.
  const child = spawn(process.execPath, [baselineBin, 'ui', ...args], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome, DISPLAY: '', WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, stdout: () => stdout, stderr: () => stderr, exited }
}

/** A port some other program holds for the length of a test. */
async function holdPort(): Promise<{ port: number; server: Server }> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  return { port: typeof address === 'object' && address ? address.port : 0, server }
}

test.describe('the baseline ui command', () => {
  let cacheHome = ''
  test.beforeEach(async () => {
    test.skip(Boolean(process.env[NO_DAEMON_ENV]), process.env[NO_DAEMON_ENV])
    cacheHome = await mkdtemp(join(tmpdir(), 'baseline-e2e-ui-cli-'))
  })
  test.afterEach(async () => {
    await rm(cacheHome, { recursive: true, force: true })
  })

  test('--no-open prints the address, serves the app, and exits 0 on SIGINT with the cache file closed', async () => {
    const ui = startUi(['--no-open'], cacheHome)
    await expect.poll(() => ui.stdout(), { timeout: 20_000 }).toMatch(/\/\?token=\S+/)
    const entryUrl = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(ui.stdout())?.[1] ?? ''
    const { port, host } = new URL(entryUrl)
    expect(ui.stdout()).toContain(`Baseline is running at http://${host}`)

    // Use it, so the analysis cache is opened and written: the file SIGINT must close cleanly.
    const cookie = await sessionCookieFrom(Number(port), entryUrl, host)
    const answer = await probe(Number(port), {
      method: 'POST',
      path: '/api/images.analyze',
      headers: { Host: host, Cookie: cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ reference: fixtureRefs.app }),
    })
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { id: await imageId(fixtureRefs.app) } })

    ui.child.kill('SIGINT')
    expect(await ui.exited).toBe(0)
    expect(ui.stderr()).toContain('SIGINT: stopping')
    expect(ui.stderr()).not.toContain('token=')
    const cacheFile = join(cacheHome, 'baseline', CACHE_FILE_NAME)
    expect(existsSync(cacheFile)).toBe(true)
    // A cleanly closed WAL database has folded its log back in and removed it.
    expect(existsSync(`${cacheFile}-wal`)).toBe(false)
    const database = new Database(cacheFile, { readonly: true })
    try {
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      database.close()
    }
  })

  test('a port another program holds is said plainly, and the command fails', async () => {
    const held = await holdPort()
    try {
      const ui = startUi(['--no-open', '--port', String(held.port)], cacheHome)
      expect(await ui.exited).toBe(1)
      expect(ui.stderr()).toContain(`port ${held.port} on 127.0.0.1 is taken by another program`)
      expect(ui.stdout()).toBe('')
    } finally {
      held.server.close()
    }
  })
})
