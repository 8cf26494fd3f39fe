/** What the command line asked for. Parsed by hand: two commands do not justify a dependency. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'images'; json: boolean }
  | { kind: 'inspect'; references: string[]; json: boolean }
  | { kind: 'analyze'; references: string[]; all: boolean; json: boolean }
  | { kind: 'lineage'; json: boolean }
  | { kind: 'suggest'; reference: string; from: boolean; debugInProduction: boolean; json: boolean }
  | { kind: 'dockerfile'; path: string; json: boolean }

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string }

const COMMANDS = ['images', 'inspect', 'analyze', 'lineage', 'suggest', 'dockerfile'] as const
const FLAGS = ['--json', '--all', '--from', '--debug-in-production']

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
  const unknown = options.find((option) => !FLAGS.includes(option))
  if (unknown !== undefined) return usageError(`unknown option: ${unknown}`)
  const json = options.includes('--json')
  const all = options.includes('--all')

  const [command, ...rest] = positionals
  if (command === undefined) {
    return json ? usageError('--json goes with a command: images, inspect, analyze, lineage, suggest or dockerfile') : { ok: true, command: { kind: 'help' } }
  }
  if (!(COMMANDS as readonly string[]).includes(command)) return usageError(`unknown command: ${command}`)
  if (all && command !== 'analyze') return usageError('--all goes with analyze')
  const from = options.includes('--from')
  const debugInProduction = options.includes('--debug-in-production')
  if ((from || debugInProduction) && command !== 'suggest') return usageError(`${from ? '--from' : '--debug-in-production'} goes with suggest`)
  if (command === 'suggest') {
    if (rest.length !== 1 || rest[0]?.trim() === '') {
      return usageError(from ? 'suggest --from needs one image reference, e.g. python:3.12' : 'suggest needs one image: a name, a tag or an ID')
    }
    return { ok: true, command: { kind: 'suggest', reference: rest[0] ?? '', from, debugInProduction, json } }
  }
  if (command === 'dockerfile') {
    if (rest.length !== 1 || rest[0]?.trim() === '') return usageError('dockerfile needs one file, e.g. baseline dockerfile ./Dockerfile')
    return { ok: true, command: { kind: 'dockerfile', path: rest[0] ?? '', json } }
  }
  if (command === 'images' || command === 'lineage') {
    return rest.length > 0 ? usageError(`${command} takes no arguments (got ${rest.join(' ')})`) : { ok: true, command: { kind: command, json } }
  }
  if (command === 'analyze') {
    if (all && rest.length > 0) return usageError('analyze takes images or --all, not both')
    if (!all && rest.length === 0) return usageError('analyze needs an image (a name, a tag or an ID) or --all')
    return { ok: true, command: { kind: 'analyze', references: rest, all, json } }
  }
  if (rest.length === 0) return usageError('inspect needs at least one image: a name, a tag or an ID')
  return { ok: true, command: { kind: 'inspect', references: rest, json } }
}

export const HELP = `Usage: baseline <command> [options]

Understand the Docker images on this machine: layers, history, sizes, bases and pinning.

Commands:
  images                   List images: one row per tag, with size and layer count
  inspect IMAGE [IMAGE...] Show an image's build steps aligned with its layers
  analyze IMAGE [IMAGE...] What an image inherits: its base and the base's base with the evidence,
                           which layers are the base's, how the base is pinned, whether it moved
  analyze --all            The same for every local image (one JSON array)
  lineage                  Every local image as a tree by shared layers, with total and own sizes
  suggest IMAGE            Smaller variants of the image's base side by side: size and delta, libc,
                           shell, package manager, debug ease, caveats, and the FROM line to write
  suggest --from REF       The same for a reference, e.g. python:3.12 (works without an engine)
  dockerfile PATH          A Dockerfile before it is built: its stages, how every FROM is pinned, the
                           final base's OS and variant, findings by line, smaller bases, and a
                           suggested improved Dockerfile as a diff (works without an engine)

Options:
  --json          Print JSON instead of a table (inspect: history newest first, like docker history;
                  dockerfile: the whole analysis, suggestedDockerfile included)
  --debug-in-production   (suggest) People open shells in these containers: keep slim over distroless
  -h, --help      Show this help
  -v, --version   Show the version

The engine is found as the docker CLI finds it: DOCKER_HOST, then the current docker context,
then the usual sockets. Set BASELINE_DEBUG=1 to see stack traces of unexpected errors.
`
