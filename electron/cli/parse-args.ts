/** What the command line asked for. Parsed by hand: two commands do not justify a dependency. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'images'; json: boolean }
  | { kind: 'inspect'; references: string[]; json: boolean }

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string }

const COMMANDS = ['images', 'inspect'] as const

function usageError(error: string): ParsedArgs {
  return { ok: false, error }
}

/** Splits argv (without node and the script) into options and positionals; `--` ends options. */
function split(argv: string[]): { options: string[]; positionals: string[] } {
  const options: string[] = []
  const positionals: string[] = []
  let optionsEnded = false
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') options.push(arg)
    else positionals.push(arg)
  }
  return { options, positionals }
}

export function parseArgs(argv: string[]): ParsedArgs {
  const { options, positionals } = split(argv)
  // Help wins over everything else, as in git and docker: `baseline inspect --help` helps.
  if (options.includes('--help') || options.includes('-h') || positionals[0] === 'help') {
    return { ok: true, command: { kind: 'help' } }
  }
  if (options.includes('--version') || options.includes('-v') || positionals[0] === 'version') {
    return { ok: true, command: { kind: 'version' } }
  }
  const unknown = options.find((option) => option !== '--json')
  if (unknown !== undefined) return usageError(`unknown option: ${unknown}`)
  const json = options.includes('--json')

  const [command, ...rest] = positionals
  if (command === undefined) {
    return json ? usageError('--json goes with a command: images or inspect') : { ok: true, command: { kind: 'help' } }
  }
  if (!(COMMANDS as readonly string[]).includes(command)) return usageError(`unknown command: ${command}`)
  if (command === 'images') {
    return rest.length > 0 ? usageError(`images takes no arguments (got ${rest.join(' ')})`) : { ok: true, command: { kind: 'images', json } }
  }
  if (rest.length === 0) return usageError('inspect needs at least one image: a name, a tag or an ID')
  return { ok: true, command: { kind: 'inspect', references: rest, json } }
}

export const HELP = `Usage: baseline <command> [options]

Understand the Docker images on this machine: layers, history, sizes.

Commands:
  images                   List images: one row per tag, with size and layer count
  inspect IMAGE [IMAGE...] Show an image's build steps aligned with its layers

Options:
  --json          Print JSON instead of a table (inspect: history newest first, like docker history)
  -h, --help      Show this help
  -v, --version   Show the version

The engine is found as the docker CLI finds it: DOCKER_HOST, then the current docker context,
then the usual sockets. Set BASELINE_DEBUG=1 to see stack traces of unexpected errors.
`
