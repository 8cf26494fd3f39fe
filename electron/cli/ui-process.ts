import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { cliDataDir } from './data-dir'
import type { UiCommand } from './parse-ui-args'
import { runUi } from './ui-command'

/** Compiled, this file is out/cli/electron/cli/ui-process.js; the renderer is built to out/renderer. */
const RENDERER_DIR = resolve(__dirname, '../../../renderer')

/** The platform's "open this address" command; the address is one argument, never a shell line. */
function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]]
  if (process.platform === 'win32') return ['explorer.exe', [url]]
  return ['xdg-open', [url]]
}

function openBrowser(url: string): Promise<void> {
  const [command, args] = opener(url)
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' })
    child.once('error', reject)
    child.once('spawn', () => {
      child.unref()
      resolvePromise()
    })
  })
}

/** Ctrl+C (SIGINT) or a service manager's SIGTERM: whichever comes first stops the server. */
function untilStopped(): Promise<string> {
  return new Promise((resolvePromise) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolvePromise(signal)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** `baseline ui` with the real process around it: signals, the browser opener, the XDG data folder. */
export function runUiProcess(command: UiCommand, io: { stdout(text: string): Promise<void>; stderr(text: string): Promise<void> }, env: NodeJS.ProcessEnv): Promise<number> {
  return runUi(command, { ...io, env, dataDir: cliDataDir(env), rendererDir: RENDERER_DIR, openBrowser, untilStopped })
}
