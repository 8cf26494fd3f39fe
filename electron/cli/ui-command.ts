import { openBrowserMode, PortTakenError, LOOPBACK, type BrowserMode } from '../core/server'
import type { UiCommand } from './parse-ui-args'

/** A port of our own, so the address is the same from one run to the next when it is free. */
export const DEFAULT_UI_PORT = 4780
/** How many ports after the default are tried before the OS is asked for any free one. */
const PORTS_TRIED = 10

export interface UiIo {
  stdout(text: string): Promise<void>
  stderr(text: string): Promise<void>
  env: NodeJS.ProcessEnv
  dataDir: string
  rendererDir: string
  /** Opens the address in the default browser; rejects when no opener could start. */
  openBrowser(url: string): Promise<void>
  /** Resolves with the name of the signal (SIGINT on Ctrl+C, SIGTERM) that asks the server to stop. */
  untilStopped(): Promise<string>
}

/** The platform says whether a browser could show anything: a desktop session sets one of these. */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true
  return Boolean(env.DISPLAY) || Boolean(env.WAYLAND_DISPLAY)
}

/** `baseline ui`: serve the app until Ctrl+C, then close the core (and its cache) and exit 0. */
export async function runUi(command: UiCommand, io: UiIo): Promise<number> {
  const host = command.host ?? LOOPBACK
  if (host !== LOOPBACK) {
    await io.stderr(
      `baseline: warning: listening on ${host}, not only on this machine's loopback: anyone who can reach ` +
        'that address and learns the printed secret can read your images. Prefer an SSH tunnel to 127.0.0.1.\n',
    )
  }
  const opened = await listen(command, host, io)
  if (typeof opened === 'number') return opened
  const { server } = opened
  await io.stdout(`Baseline is running at ${server.origin}\nOpen this address (it carries this session's secret; share it with no one):\n\n  ${server.entryUrl}\n\nPress Ctrl+C to stop.\n`)
  if (command.open && hasDisplay(io.env)) {
    await io.openBrowser(server.entryUrl).catch((error: Error) =>
      io.stderr(`baseline: could not open a browser (${error.message}): open the address above yourself\n`))
  }
  const signal = await io.untilStopped()
  await io.stderr(`baseline: ${signal}: stopping\n`)
  await opened.close()
  return 0
}

/** The asked port, or the default and the next free ones after it; a taken asked port is an error. */
async function listen(command: UiCommand, host: string, io: UiIo): Promise<BrowserMode | number> {
  const candidates = command.port !== null
    ? [command.port]
    : [...Array.from({ length: PORTS_TRIED }, (_, index) => DEFAULT_UI_PORT + index), 0]
  for (const port of candidates) {
    try {
      const mode = await openBrowserMode({
        dataDir: io.dataDir,
        env: io.env,
        rendererDir: io.rendererDir,
        host,
        port,
        warn: (message) => void io.stderr(`baseline: warning: ${message}\n`),
      })
      if (command.port === null && port !== DEFAULT_UI_PORT) {
        await io.stderr(`baseline: port ${DEFAULT_UI_PORT} is taken; using port ${mode.server.address().port} instead\n`)
      }
      return mode
    } catch (error) {
      if (!(error instanceof PortTakenError)) {
        await io.stderr(`baseline: ${error instanceof Error ? error.message : String(error)}\n`)
        return 1
      }
      if (command.port !== null) {
        await io.stderr(`baseline: ${error.message}: choose another with --port, or leave --port out to take a free one\n`)
        return 1
      }
    }
  }
  return 1
}
