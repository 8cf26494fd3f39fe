import type { UiCommand } from './parse-ui-args'
import { EXIT_FAILURE, runCli, type CliIo } from './run-cli'

/** Resolves once the text is handed to the OS, so exiting right after cannot cut a piped output. */
function writer(stream: NodeJS.WriteStream): (text: string | Uint8Array) => Promise<void> {
  return (text) => new Promise((resolve) => {
    if (text.length === 0) resolve()
    else stream.write(text, () => resolve())
  })
}

function isDebug(env: NodeJS.ProcessEnv): boolean {
  const value = env.BASELINE_DEBUG
  return value !== undefined && value !== '' && value !== '0' && value !== 'false'
}

/**
 * The `baseline` command. bin/baseline.js calls this with the package version. Ends the process
 * itself once output is flushed and the core disposed: an idle keep-alive socket must not keep a
 * finished command waiting.
 */
export async function main(argv: string[], options: { version: string }): Promise<never> {
  const env = process.env
  const debug = isDebug(env)
  // `baseline images | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', () => process.exit(EXIT_FAILURE))
  const io: CliIo = {
    stdout: writer(process.stdout),
    stdoutBytes: writer(process.stdout),
    stderr: writer(process.stderr),
    columns: process.stdout.isTTY ? process.stdout.columns ?? null : null,
    stderrColumns: process.stderr.isTTY ? process.stderr.columns ?? 80 : null,
    version: options.version,
    now: () => new Date(),
  }
  let code: number
  try {
    const runUi = async (command: UiCommand) => (await import('./ui-process.js')).runUiProcess(command, io, env)
    code = await runCli(argv, io, async () => (await import('./backend.js')).openBackend(env, debug), runUi)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await io.stderr(`baseline: unexpected error: ${message}\n`)
    if (debug && error instanceof Error && error.stack) await io.stderr(`${error.stack}\n`)
    code = EXIT_FAILURE
  }
  process.exit(code)
}
