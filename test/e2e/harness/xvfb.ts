import { spawn, type ChildProcess } from 'node:child_process'

export interface Display {
  /** ":99" — the value for DISPLAY. */
  display: string
  stop(): Promise<void>
}

/**
 * A display for Electron, which (unlike headless Chromium) always opens a real window. Uses the
 * caller's DISPLAY when there is one (xvfb-run, a desktop); otherwise starts its own Xvfb on a
 * free display number that Xvfb itself picks and reports through -displayfd.
 */
export async function ensureDisplay(): Promise<Display> {
  if (process.platform !== 'linux' || process.env.DISPLAY) {
    return { display: process.env.DISPLAY ?? '', stop: async () => {} }
  }
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const display = await new Promise<string>((resolve, reject) => {
    let output = ''
    xvfb.once('error', (error) => reject(new Error(`Xvfb could not start (apt-get install -y xvfb): ${error.message}`)))
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${String(code)} before reporting a display`)))
    xvfb.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const number = /^(\d+)\n/.exec(output)?.[1]
      if (number) resolve(`:${number}`)
    })
  })
  return { display, stop: () => stopProcess(xvfb) }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
